package org.ticportal.ui.conversion;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

import org.ticportal.core.application.ApplicationDetail;
import org.ticportal.core.application.SimplifiedProcedure;
import org.ticportal.core.conversion.CenterRewardRow;
import org.ticportal.core.conversion.ConversionService;
import org.ticportal.core.conversion.EngineeringCenterRow;
import org.ticportal.core.conversion.EngineeringCenterService;
import org.ticportal.ui.base.Formats;
import org.ticportal.ui.base.Icons;
import org.ticportal.ui.base.Messages;

/**
 * What other screens show of a conversion: on an application's page, that it is a conversion and from which
 * engineering center, and for the bureau the skip of an optional stage (with its reason); on a center's page, the
 * engineering center it was converted from (由…转建) and its rewards.
 */
public final class ConversionParts {

    private ConversionParts() {
    }

    private static Locale locale(Component host) {
        return host.getUI().map(com.vaadin.flow.component.UI::getLocale)
                .orElseGet(() -> com.vaadin.flow.component.UI.getCurrent() != null
                        ? com.vaadin.flow.component.UI.getCurrent().getLocale() : Locale.SIMPLIFIED_CHINESE);
    }

    /** "转建申请：由 … 转建" for a conversion's page; empty for an ordinary application. */
    public static Optional<Component> applicationBadge(Component host, SimplifiedProcedure simplified,
                                                       EngineeringCenterService registry, long applicationId) {
        Optional<SimplifiedProcedure.Conversion> conversion;
        try {
            conversion = simplified.conversion(applicationId);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return conversion.map(c -> {
            Locale locale = locale(host);
            String from;
            try {
                from = registry.get(c.engineeringCenterId()).name();
            } catch (RuntimeException e) {
                from = Long.toString(c.engineeringCenterId()); // a county reviewer does not see the registry
            }
            Span badge = new Span(host.getTranslation("conversion.application.badge",
                    c.sourceName() == null ? c.sourceCode() : c.sourceName().get(locale), from));
            badge.getElement().getThemeList().add("badge");
            badge.setId("application-conversion");
            return badge;
        });
    }

    /**
     * The bureau's 跳过本环节 button while a conversion waits in a stage its policy marks optional; empty otherwise.
     *
     * @param after told of the application after the skip
     */
    public static Optional<Component> skipButton(Component host, SimplifiedProcedure simplified,
                                                 ApplicationDetail detail, Consumer<ApplicationDetail> after) {
        Optional<SimplifiedProcedure.SkipOption> option;
        try {
            option = simplified.skipOption(detail.row().id());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return option.map(o -> {
            Locale locale = locale(host);
            Button skip = new Button(host.getTranslation("conversion.skip.button", o.stageName().get(locale)),
                    Icons.create(VaadinIcon.STEP_FORWARD), e -> skipDialog(host, simplified, detail, o, after).open());
            skip.setId("action-skip-stage");
            skip.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
            skip.setTooltipText(host.getTranslation("conversion.skip.tooltip", o.targetName().get(locale),
                    o.article()));
            return skip;
        });
    }

    private static Dialog skipDialog(Component host, SimplifiedProcedure simplified, ApplicationDetail detail,
                                     SimplifiedProcedure.SkipOption option, Consumer<ApplicationDetail> after) {
        Locale locale = locale(host);
        Dialog dialog = new Dialog();
        dialog.setId("skip-stage-dialog");
        dialog.setHeaderTitle(host.getTranslation("conversion.skip.title", option.stageName().get(locale)));
        Paragraph explain = new Paragraph(host.getTranslation("conversion.skip.explain", option.stageName().get(locale),
                option.targetName().get(locale), option.article()));
        TextArea reason = new TextArea(host.getTranslation("conversion.skip.reason"));
        reason.setId("skip-stage-reason");
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        reason.setMaxLength(1000);
        dialog.add(new VerticalLayout(explain, reason));
        Button confirm = new Button(host.getTranslation("conversion.skip.confirm"), e -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(host.getTranslation("conversion.skip.reasonRequired"));
                return;
            }
            try {
                ApplicationDetail done = simplified.skip(detail.row().id(), detail.row().version(), reason.getValue());
                dialog.close();
                Messages.success(host, "conversion.skip.done", option.stageName().get(locale));
                after.accept(done);
            } catch (RuntimeException ex) {
                reason.setInvalid(true);
                reason.setErrorMessage(Messages.describe(host, ex));
            }
        });
        confirm.setId("skip-stage-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(host.getTranslation("action.cancel"), e -> dialog.close()), confirm);
        return dialog;
    }

    /** 由…转建 and the rewards, for a center's page; empty when the center was not converted and has no reward. */
    public static Optional<Component> centerSection(Component host, ConversionService conversions, long centerId) {
        ConversionService.CenterConversion c;
        try {
            c = conversions.forCenter(centerId);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        if (c.convertedFrom().isEmpty() && c.rewards().isEmpty()) {
            return Optional.empty();
        }
        Locale locale = locale(host);
        Div section = new Div();
        section.setId("center-conversion");
        section.add(new H3(host.getTranslation("conversion.center.title")));
        c.convertedFrom().ifPresent(from -> section.add(origin(host, from, locale)));
        if (!c.rewards().isEmpty()) {
            Grid<CenterRewardRow> rewards = new Grid<>();
            rewards.setId("center-rewards");
            rewards.addColumn(r -> r.description().get(locale)).setHeader(host.getTranslation("conversion.reward"))
                    .setKey("reward").setFlexGrow(1);
            rewards.addColumn(CenterRewardRow::article).setHeader(host.getTranslation("conversion.reward.article"))
                    .setKey("article").setAutoWidth(true).setFlexGrow(0);
            rewards.addColumn(r -> host.getTranslation("conversion.reward.reason." + r.reason()))
                    .setHeader(host.getTranslation("conversion.reward.reason")).setKey("reason").setAutoWidth(true)
                    .setFlexGrow(0);
            rewards.addColumn(r -> Formats.date(r.grantedOn(), locale))
                    .setHeader(host.getTranslation("conversion.reward.grantedOn")).setKey("grantedOn")
                    .setAutoWidth(true).setFlexGrow(0);
            rewards.setItems(c.rewards());
            rewards.setAllRowsVisible(true);
            section.add(rewards);
        }
        return Optional.of(section);
    }

    private static Paragraph origin(Component host, EngineeringCenterRow from, Locale locale) {
        Paragraph p = new Paragraph(host.getTranslation("conversion.center.from", from.name(), from.unitName(),
                from.recognizedYear(), from.documentNumber() == null ? "" : from.documentNumber(),
                Formats.date(from.convertedOn(), locale)));
        p.setId("center-converted-from");
        return p;
    }
}
