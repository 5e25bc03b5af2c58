package org.esgledger.engine.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A message as an i18n key with arguments. Its zh and en texts live in
 * {@code org/esgledger/engine/i18n/messages*.properties}; modules add their own bundles under the
 * same base name in their own package and name them in {@link #bundle()}. An argument that is a
 * {@code Message} is rendered in the same language as the message that holds it.
 */
public record Message(String bundle, String key, List<Object> args) {

    public static final String ENGINE_BUNDLE = "org.esgledger.engine.i18n.messages";

    public Message {
        args = List.copyOf(args.stream().map(a -> a == null ? "" : a).toList());
    }

    public static Message of(String key, Object... args) {
        return new Message(ENGINE_BUNDLE, key, List.of(orEmpty(args)));
    }

    public static Message in(String bundle, String key, Object... args) {
        return new Message(bundle, key, List.of(orEmpty(args)));
    }

    private static Object[] orEmpty(Object[] args) {
        Object[] copy = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            copy[i] = args[i] == null ? "" : args[i];
        }
        return copy;
    }

    public String render(Locale locale) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(bundle, locale, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException e) {
            return key + args;
        }
        // an argument that is itself a message (a reason, a part of a sentence) is told in the same language
        return new MessageFormat(pattern, locale).format(args.stream().map(a -> a instanceof Message m ? m.render(locale) : a).toArray());
    }

    public Bilingual text() {
        return new Bilingual(render(Locale.CHINESE), render(Locale.ENGLISH));
    }

    public String zh() {
        return render(Locale.CHINESE);
    }

    public String en() {
        return render(Locale.ENGLISH);
    }
}
