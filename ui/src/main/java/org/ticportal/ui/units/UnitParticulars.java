package org.ticportal.ui.units;

import java.util.Map;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.unit.LicenceFile;
import org.ticportal.core.unit.Unit;
import org.ticportal.core.unit.UnitService;
import org.ticportal.ui.base.Formats;

/** A unit's registered particulars, read-only, with its state, the refusal reason and the licence scan. */
class UnitParticulars extends FormLayout {

    UnitParticulars(UnitService units, Unit unit, Map<String, String> bodies, Map<String, String> categories) {
        addClassName("unit-particulars");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30em", 2));
        add(field("units.name", unit.getName()), field("units.creditCode", unit.getCreditCode()),
                field("units.division", bodies.getOrDefault(unit.getRecommendingBodyCode(),
                        unit.getRecommendingBodyCode())),
                field("units.category", unit.getCategory() == null ? ""
                        : categories.getOrDefault(unit.getCategory(), unit.getCategory())),
                field("units.confirmingBody", unit.getConfirmingBodyCode() == null
                        ? getTranslation("units.confirmingBody.bureau")
                        : bodies.getOrDefault(unit.getConfirmingBodyCode(), unit.getConfirmingBodyCode())),
                field("units.state", getTranslation("units.state." + unit.getState().name())),
                field("units.contactName", unit.getContact().name()),
                field("units.contactPhone", unit.getContact().phone()),
                field("units.contactEmail", unit.getContact().email()),
                field("units.createdAt", Formats.dateTime(unit.getCreatedAt(), getLocale())));
        if (unit.getRefusalReason() != null) {
            TextField reason = field("units.refusalReason", unit.getRefusalReason());
            reason.setId("unit-refusal-reason");
            add(reason);
        }
        if (unit.hasChangeRequest()) {
            add(field("units.change.requestedName", unit.getRequestedName()),
                    field("units.change.requestedDivision", unit.getRequestedBodyCode() == null ? null
                            : bodies.getOrDefault(unit.getRequestedBodyCode(), unit.getRequestedBodyCode())));
        }
        LicenceFile licence = unit.getLicence();
        if (licence != null) {
            long id = unit.getId();
            Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
                UnitService.Licence l = units.licence(id);
                return new DownloadResponse(l.stream(), l.file().name(), l.file().mediaType(), l.file().size());
            }), getTranslation("units.licence") + "：" + licence.name());
            link.setTarget("_blank");
            link.setId("unit-licence");
            add(link);
        }
    }

    private TextField field(String key, @Nullable String value) {
        TextField field = new TextField(getTranslation(key));
        field.setValue(value == null ? "" : value);
        field.setReadOnly(true);
        return field;
    }
}
