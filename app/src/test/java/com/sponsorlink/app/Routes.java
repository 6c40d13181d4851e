package com.sponsorlink.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route the application serves, read from Spring MVC's own mapping, so a test over "every
 * route" includes the routes added after it was written.
 */
record Routes(List<Route> all) {

    static Routes of(RequestMappingHandlerMapping mapping) {
        Set<Route> routes = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, ?> entry : mapping.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    routes.add(new Route(RequestMethod.GET, pattern));
                }
                methods.forEach(method -> routes.add(new Route(method, pattern)));
            }
        }
        return new Routes(List.copyOf(routes));
    }

    List<Route> changing() {
        return all.stream().filter(route -> route.method() != RequestMethod.GET && route.method() != RequestMethod.HEAD).toList();
    }

    List<Route> reading() {
        return all.stream().filter(route -> route.method() == RequestMethod.GET).toList();
    }

    /** One method on one URL pattern, such as POST /sponsor/ad-requests/{id}/accept. */
    record Route(RequestMethod method, String pattern) implements Comparable<Route> {

        /** The URL with each path variable filled in by the function given (by the variable's name). */
        String url(Function<String, String> values) {
            StringBuilder url = new StringBuilder();
            int at = 0;
            while (at < pattern.length()) {
                int open = pattern.indexOf('{', at);
                if (open < 0) {
                    url.append(pattern, at, pattern.length());
                    break;
                }
                int close = pattern.indexOf('}', open);
                url.append(pattern, at, open);
                String name = pattern.substring(open + 1, close);
                url.append(values.apply(name.contains(":") ? name.substring(0, name.indexOf(':')) : name));
                at = close + 1;
            }
            return url.toString();
        }

        /** The role whose URL space the route lies in, or null for the routes of everyone. */
        String space() {
            for (String role : List.of("sponsor", "influencer", "admin")) {
                if (pattern.equals("/" + role) || pattern.startsWith("/" + role + "/")) {
                    return role.toUpperCase(java.util.Locale.ROOT);
                }
            }
            return null;
        }

        @Override
        public int compareTo(Route other) {
            int byPattern = pattern.compareTo(other.pattern);
            return byPattern != 0 ? byPattern : method.compareTo(other.method);
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    static List<String> names(List<Route> routes) {
        List<String> names = new ArrayList<>();
        routes.forEach(route -> names.add(route.toString()));
        return names;
    }
}
