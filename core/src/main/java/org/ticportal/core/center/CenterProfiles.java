package org.ticportal.core.center;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.common.CoreMessages;
import org.ticportal.policy.api.LocalizedText;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Comparing two versions of a center's profile, field by field, and the JSON of its lists. A difference carries each
 * side's value as text in both languages (a co-builder as "name (mode; contribution)", a legal form by its name), so
 * that a page can show it as it is.
 */
public final class CenterProfiles {

    /** The profile's fields in the order a comparison lists them. */
    public static final List<String> FIELDS = List.of("effectiveFrom", "type", "leadUnit", "coBuilders", "legalForm",
            "transitionTarget", "director", "researchDirections", "cluster", "supervisingBody");

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private CenterProfiles() {
    }

    /**
     * The fields whose values differ from {@code older} to {@code newer}, in the order of {@link #FIELDS}; empty when
     * the two profiles are the same. The lead unit differs when its id or its name does.
     */
    public static List<ProfileDifference> compare(CenterProfileVersion older, CenterProfileVersion newer) {
        CenterProfileDraft a = older.profile();
        CenterProfileDraft b = newer.profile();
        List<ProfileDifference> out = new ArrayList<>();
        for (String field : FIELDS) {
            Function<CenterProfileDraft, @Nullable Object> key = key(field);
            if (!Objects.equals(key.apply(a), key.apply(b))) {
                out.add(new ProfileDifference(field, render(field, a), render(field, b)));
            }
        }
        return out;
    }

    /** What a field's equality is decided on (codes, not names, where there are codes). */
    private static Function<CenterProfileDraft, @Nullable Object> key(String field) {
        return switch (field) {
            case "effectiveFrom" -> CenterProfileDraft::effectiveFrom;
            case "type" -> CenterProfileDraft::typeCode;
            case "leadUnit" -> d -> d.leadUnitId() + "/" + d.leadUnitName();
            case "coBuilders" -> CenterProfileDraft::coBuilders;
            case "legalForm" -> CenterProfileDraft::legalForm;
            case "transitionTarget" -> CenterProfileDraft::transitionTarget;
            case "director" -> CenterProfileDraft::director;
            case "researchDirections" -> CenterProfileDraft::researchDirections;
            case "cluster" -> CenterProfileDraft::clusterCode;
            case "supervisingBody" -> CenterProfileDraft::supervisingBodyCode;
            default -> throw new IllegalArgumentException(field);
        };
    }

    /** A field's value as text in both languages, {@code null} when it has none. */
    static @Nullable LocalizedText render(String field, CenterProfileDraft d) {
        return switch (field) {
            case "effectiveFrom" -> plain(d.effectiveFrom());
            case "type" -> d.typeName() != null ? d.typeName() : plain(d.typeCode());
            case "leadUnit" -> plain(d.leadUnitName());
            case "coBuilders" -> d.coBuilders().isEmpty() ? null : join(d.coBuilders().stream()
                    .map(CenterProfiles::coBuilder).toList());
            case "legalForm" -> d.legalForm() == null ? null
                    : CoreMessages.text("centerProfile.legalForm." + d.legalForm().name());
            case "transitionTarget" -> plain(d.transitionTarget());
            case "director" -> plain(d.director());
            case "researchDirections" -> d.researchDirections().isEmpty() ? null
                    : join(d.researchDirections().stream().map(s -> new LocalizedText(s, s)).toList());
            case "cluster" -> d.clusterName() != null ? d.clusterName() : plain(d.clusterCode());
            case "supervisingBody" -> plain(d.supervisingBodyCode());
            default -> throw new IllegalArgumentException(field);
        };
    }

    private static LocalizedText coBuilder(CoBuilder c) {
        LocalizedText mode = CoreMessages.text(c.mode() == null ? "centerProfile.mode.unknown"
                : "centerProfile.mode." + c.mode().name());
        return c.contribution() == null ? CoreMessages.text("centerProfile.coBuilder", c.name(), mode)
                : CoreMessages.text("centerProfile.coBuilderContribution", c.name(), mode, c.contribution());
    }

    private static LocalizedText join(List<LocalizedText> items) {
        LocalizedText separator = CoreMessages.text("center.coBuilders.separator");
        return new LocalizedText(String.join(separator.zh(), items.stream().map(LocalizedText::zh).toList()),
                String.join(separator.en(), items.stream().map(LocalizedText::en).toList()));
    }

    private static @Nullable LocalizedText plain(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        String s = value instanceof LocalDate day ? day.toString() : value.toString();
        return new LocalizedText(s, s);
    }

    static String writeCoBuilders(List<CoBuilder> coBuilders) {
        return MAPPER.writeValueAsString(coBuilders);
    }

    static List<CoBuilder> readCoBuilders(String json) {
        return MAPPER.readValue(json, new TypeReference<List<CoBuilder>>() {
        });
    }

    static String writeDirections(List<String> directions) {
        return MAPPER.writeValueAsString(directions);
    }

    static List<String> readDirections(String json) {
        return MAPPER.readValue(json, new TypeReference<List<String>>() {
        });
    }
}
