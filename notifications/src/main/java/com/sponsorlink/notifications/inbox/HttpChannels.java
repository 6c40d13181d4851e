package com.sponsorlink.notifications.inbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.databind.json.JsonMapper;

/**
 * The channels that are a JSON POST: a Google Chat incoming webhook, and an SMS gateway whose
 * address this installation configures ({@code app.notifications.sms.gateway-url}).
 */
@Configuration(proxyBeanMethods = false)
class HttpChannels {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Bean
    Channel chatChannel() {
        return new Channel() {
            @Override
            public Kind kind() {
                return Kind.CHAT;
            }

            @Override
            public boolean available() {
                return true;
            }

            @Override
            public void send(String webhookUrl, Message message) throws IOException, InterruptedException {
                post(webhookUrl, JSON.writeValueAsString(java.util.Map.of("text", message.text())));
            }
        };
    }

    @Bean
    Channel smsChannel(@Value("${app.notifications.sms.gateway-url:}") String gatewayUrl) {
        return new Channel() {
            @Override
            public Kind kind() {
                return Kind.SMS;
            }

            @Override
            public boolean available() {
                return !gatewayUrl.isBlank();
            }

            @Override
            public void send(String phone, Message message) throws IOException, InterruptedException {
                post(gatewayUrl, JSON.writeValueAsString(java.util.Map.of("to", phone, "text", message.text())));
            }
        };
    }

    private static void post(String url, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
        HttpResponse<Void> response = HTTP.send(request, HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("HTTP " + response.statusCode() + " from " + URI.create(url).getHost());
        }
    }
}
