package org.ticportal.ui.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.icon.SvgIcon;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * The portal's icons: Vaadin Icons drawn from one small static sprite ({@value #SPRITE}, the few dozen icons the
 * screens use) instead of Vaadin's {@code Icon}, whose script carries all 600-odd Vaadin Icons (240 KB) and is loaded
 * and parsed at every page load that shows one icon — the frame shows one per menu entry, so every login paid for it
 * (benchmark P8, issue 13). The sprite is cached by the browser and read once per page load.
 *
 * <p>Icons are named as Vaadin names them ({@link VaadinIcon}, or {@code vaadin:tasks} as {@code @Menu} declares it);
 * one the sprite lacks is refused at once, so a screen that shows it fails its tests rather than showing a blank.
 * To add one, copy its {@code <g id="vaadin:…">} paths from {@code @vaadin/icons} into a {@code <symbol>} of the
 * sprite.
 */
public final class Icons {

    /** Where the sprite is served (a static resource, readable without login like the styles). */
    public static final String SPRITE = "images/icons.svg";

    private static final Set<String> NAMES = symbols();

    private Icons() {
    }

    /** The icon Vaadin Icons names so, e.g. {@code VaadinIcon.DOWNLOAD_ALT}. */
    public static SvgIcon create(VaadinIcon icon) {
        return create(icon.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /**
     * The icon of this name: {@code tasks} or, as {@code @Menu} declares it, {@code vaadin:tasks}.
     *
     * @throws IllegalArgumentException when the sprite has no such icon
     */
    public static SvgIcon create(String name) {
        String symbol = name.startsWith("vaadin:") ? name.substring("vaadin:".length()) : name;
        if (!NAMES.contains(symbol)) {
            throw new IllegalArgumentException("No icon '" + name + "' in " + SPRITE);
        }
        SvgIcon icon = new SvgIcon(SPRITE, symbol);
        // padded like Lumo pads Vaadin Icons in buttons and fields (styles/app.css)
        icon.addClassName("portal-icon");
        return icon;
    }

    /** The names the sprite holds. */
    static Set<String> names() {
        return NAMES;
    }

    private static Set<String> symbols() {
        try (InputStream in = Icons.class.getResourceAsStream("/META-INF/resources/" + SPRITE)) {
            if (in == null) {
                throw new IllegalStateException(SPRITE + " is missing from the class path");
            }
            Matcher m = Pattern.compile("<symbol id=\"([a-z0-9-]+)\"")
                    .matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            Set<String> names = new HashSet<>();
            while (m.find()) {
                names.add(m.group(1));
            }
            return Set.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
