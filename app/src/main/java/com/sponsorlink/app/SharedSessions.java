package com.sponsorlink.app;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.data.redis.config.annotation.web.http.EnableRedisIndexedHttpSession;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;

import io.lettuce.core.RedisURI;

/**
 * Several instances behind a load balancer: with {@code app.sessions.redis-url} set, sessions live
 * in Redis (Spring Session, through Lettuce), so a user signed in on one instance goes on on any
 * other, and the session registry that ends a suspended user's sessions sees every instance's
 * sessions by the user's id. Without it, sessions stay in the one instance's memory.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("app.sessions.redis-url")
@EnableRedisIndexedHttpSession(redisNamespace = "sponsorlink:sessions", maxInactiveIntervalInSeconds = 1800)
class SharedSessions {

    @Bean
    LettuceConnectionFactory redisConnectionFactory(@Value("${app.sessions.redis-url}") String url) {
        RedisURI uri = RedisURI.create(url);
        RedisStandaloneConfiguration server = new RedisStandaloneConfiguration(uri.getHost(), uri.getPort());
        server.setDatabase(uri.getDatabase());
        if (uri.getPassword() != null) {
            server.setPassword(uri.getPassword());
        }
        return new LettuceConnectionFactory(server);
    }

    @Bean
    @Primary
    <S extends Session> SessionRegistry sharedSessionRegistry(FindByIndexNameSessionRepository<S> sessions) {
        return new SpringSessionBackedSessionRegistry<>(sessions);
    }
}
