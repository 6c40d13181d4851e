package com.sponsorlink.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.jooq.DSLContext;
import org.springframework.stereotype.Controller;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The architecture rules that Spring Modulith does not check itself, written against a root
 * package so that each can also be shown to fail on a deliberately bad fixture.
 */
final class ArchitectureRules {

    private ArchitectureRules() {
    }

    /** A context may use another context's published events, and nothing else of it. */
    static ArchRule contextsMeetOnlyThroughEvents(String root) {
        return classes().that().resideInAPackage(root + "..")
            .should(new ArchCondition<>("use other contexts only through their events package") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    String own = contextOf(root, origin);
                    for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                        JavaClass target = dependency.getTargetClass().getBaseComponentType();
                        String other = contextOf(root, target);
                        boolean crossesABoundary = other != null && own != null && !other.equals(own);
                        if (crossesABoundary && !target.getPackageName().startsWith(root + "." + other + ".events")) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    }
                }
            });
    }

    /** No cycles between contexts, whatever kind of dependency forms them. */
    static ArchRule contextsAreFreeOfCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    /** Controllers call services; the database is reached through a context's repositories only. */
    static ArchRule controllersDoNotTouchTheDatabase(String root) {
        return noClasses().that().resideInAPackage(root + "..").and().areAnnotatedWith(Controller.class)
            .should().dependOnClassesThat().areAssignableTo(DSLContext.class)
            .orShould().dependOnClassesThat().resideInAPackage("..persistence.jooq..");
    }

    /** Events are immutable records; enums may travel with them as value types. */
    static ArchRule eventsAreRecords(String root) {
        return classes().that().resideInAPackage(root + ".*.events").and().areNotEnums()
            .and().doNotHaveSimpleName("package-info")
            .should(new ArchCondition<>("be records") {
                @Override
                public void check(JavaClass event, ConditionEvents events) {
                    if (!event.isRecord()) {
                        events.add(SimpleConditionEvent.violated(event, event.getName() + " is not a record"));
                    }
                }
            });
    }

    private static String contextOf(String root, JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(root + ".")) {
            return null;
        }
        String rest = name.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
