package com.sponsorlink.notifications.inbox;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Email through the SMTP server given by {@code spring.mail.host}; without one, email is off.
 */
@Component
class EmailChannel implements Channel {

    private final ObjectProvider<JavaMailSender> mailSender;
    private final String from;

    EmailChannel(ObjectProvider<JavaMailSender> mailSender, @Value("${app.mail.from:SponsorLink <no-reply@sponsorlink.local>}") String from) {
        this.mailSender = mailSender;
        this.from = from;
    }

    @Override
    public Kind kind() {
        return Kind.EMAIL;
    }

    @Override
    public boolean available() {
        return mailSender.getIfAvailable() != null;
    }

    @Override
    public void send(String address, Message message) {
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(address);
        mail.setSubject(message.subject());
        mail.setText(message.text());
        mailSender.getObject().send(mail);
    }
}
