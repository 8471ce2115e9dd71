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
            "transitionTarget", "director", "researchDirections", "cluster", "supervisingBody", "institutes",
            "governance", "board", "expertCommittee", "charter", "publicServices");

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
            case "institutes" -> CenterProfileDraft::institutes;
            case "governance" -> d -> d.governance().description();
            case "board" -> d -> Objects.toString(d.governance().boardChair()) + "/" + d.governance().boardMembers();
            case "expertCommittee" -> d -> Objects.toString(d.governance().committeeChair()) + "/"
                    + d.governance().committeeSize();
            case "charter" -> d -> Objects.toString(d.governance().charterName()) + "/" + d.governance().charterDate();
            case "publicServices" -> d -> d.publicServices().stream().map(PublicService::code).toList();
            default -> throw new IllegalArgumentException(field);
        };
    }

    /** A field's value as text in both languages, {@code null} when it has none. */
    public static @Nullable LocalizedText render(String field, CenterProfileDraft d) {
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
            case "institutes" -> d.institutes().isEmpty() ? null : join(d.institutes().stream()
                    .map(CenterProfiles::institute).toList());
            case "governance" -> plain(d.governance().description());
            case "board" -> board(d.governance());
            case "expertCommittee" -> committee(d.governance());
            case "charter" -> d.governance().charterName() == null ? null : d.governance().charterDate() == null
                    ? plain(d.governance().charterName())
                    : CoreMessages.text("centerProfile.charterDated", d.governance().charterName(),
                    d.governance().charterDate().toString());
            case "publicServices" -> d.publicServices().isEmpty() ? null
                    : join(d.publicServices().stream().map(PublicService::label).toList());
            default -> throw new IllegalArgumentException(field);
        };
    }

    /** An institute as "name（location；field）", the headquarters marked. */
    public static LocalizedText institute(Institute i) {
        LocalizedText base;
        if (i.location() != null && i.field() != null) {
            base = CoreMessages.text("centerProfile.instituteFull", i.name(), i.location(), i.field());
        } else if (i.location() != null || i.field() != null) {
            base = CoreMessages.text("centerProfile.institute", i.name(),
                    i.location() != null ? i.location() : i.field());
        } else {
            base = new LocalizedText(i.name(), i.name());
        }
        return i.headquarters() ? CoreMessages.text("centerProfile.headquarters", base) : base;
    }

    /** The board as "chair; members", {@code null} when neither is known. */
    public static @Nullable LocalizedText board(Governance g) {
        if (g.boardChair() == null && g.boardMembers() == null) {
            return null;
        }
        if (g.boardMembers() == null) {
            return CoreMessages.text("centerProfile.boardChair", g.boardChair());
        }
        return g.boardChair() == null ? plain(g.boardMembers())
                : CoreMessages.text("centerProfile.board", g.boardChair(), g.boardMembers());
    }

    /** The expert committee as "chair; N members", {@code null} when neither is known. */
    public static @Nullable LocalizedText committee(Governance g) {
        if (g.committeeChair() == null && g.committeeSize() == null) {
            return null;
        }
        if (g.committeeSize() == null) {
            return CoreMessages.text("centerProfile.committeeChair", g.committeeChair());
        }
        return g.committeeChair() == null ? CoreMessages.text("centerProfile.committeeSize", g.committeeSize())
                : CoreMessages.text("centerProfile.committee", g.committeeChair(), g.committeeSize());
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

    static String writeInstitutes(List<Institute> institutes) {
        return MAPPER.writeValueAsString(institutes);
    }

    static List<Institute> readInstitutes(String json) {
        return MAPPER.readValue(json, new TypeReference<List<Institute>>() {
        });
    }

    static String writeServices(List<PublicService> services) {
        return MAPPER.writeValueAsString(services);
    }

    static List<PublicService> readServices(String json) {
        return MAPPER.readValue(json, new TypeReference<List<PublicService>>() {
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
