package com.sponsorlink.notifications.inbox;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Email through the SMTP server given by {@code spring.mail.host}; without one, email is off. A
 * message with an HTML document goes out as HTML with the plain text as its alternative.
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
    public void send(String address, Message message) throws MessagingException {
        JavaMailSender sender = mailSender.getObject();
        if (message.html() == null) {
            SimpleMailMessage mail = new SimpleMailMessage();
            mail.setFrom(from);
            mail.setTo(address);
            mail.setSubject(message.subject());
            mail.setText(message.text());
            sender.send(mail);
            return;
        }
        // multipart/alternative: mail clients show the HTML, and the plain text where they cannot
        MimeMessage mail = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mail, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, "UTF-8");
        helper.setFrom(from);
        helper.setTo(address);
        helper.setSubject(message.subject());
        helper.setText(message.text(), message.html());
        sender.send(mail);
    }
}
