package org.ticportal.core.registration;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.ticportal.core.application.FileTypes;
import org.ticportal.core.catalog.CatalogCodes;
import org.ticportal.core.catalog.CatalogService;
import org.ticportal.core.catalog.CatalogsInForce;
import org.ticportal.core.catalog.MergedEntry;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.common.SystemAuthentication;
import org.ticportal.core.plugin.StartedPolicy;
import org.ticportal.core.policy.Jurisdiction;
import org.ticportal.core.policy.JurisdictionPolicyService;
import org.ticportal.core.unit.LicenceFile;
import org.ticportal.core.unit.Unit;
import org.ticportal.core.unit.UnitProfile;
import org.ticportal.core.unit.UnitService;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserDraft;
import org.ticportal.core.user.UnitAccounts;
import org.ticportal.policy.api.Catalog;
import org.ticportal.policy.api.CreditCode;
import org.ticportal.policy.api.RecommendingBody;
import org.ticportal.policy.api.SubmissionChannel;

/**
 * A unit registers itself on the public page (no login): the page's choices come from every jurisdiction whose
 * policy is active; a registration is checked field by field on the server (credit code with its check digit and
 * unique, division of the chosen policy, category of its catalog, contact, the first user's name and password under
 * the password rules, the licence scan by its content and size), answered challenge and rate limit per source
 * address first. The unit then waits for the body its division belongs to (the bureau for a municipal unit); its
 * first user is its administrator and can sign in meanwhile.
 */
@Service
public class RegistrationService {

    private static final Logger LOG = LoggerFactory.getLogger(RegistrationService.class);
    private static final Pattern USERNAME = Pattern.compile("[a-zA-Z0-9._-]{3,64}");
    private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{5,32}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Set<String> LICENCE_TYPES = Set.of("pdf", "jpg", "png");

    private final JurisdictionPolicyService jurisdictions;
    private final CatalogService catalogs;
    private final UnitService units;
    private final UnitAccounts accounts;
    private final RegistrationLimiter limiter;
    private final RegistrationProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Path root;

    RegistrationService(JurisdictionPolicyService jurisdictions, CatalogService catalogs, UnitService units,
                        UnitAccounts accounts, RegistrationLimiter limiter, RegistrationProperties properties,
                        TransactionTemplate transactions, Clock clock,
                        @Value("${ticportal.data-dir:data}") Path dataDir) {
        this.jurisdictions = jurisdictions;
        this.catalogs = catalogs;
        this.units = units;
        this.accounts = accounts;
        this.limiter = limiter;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
        this.root = dataDir.toAbsolutePath().normalize().resolve("attachments");
    }

    /** What the public page offers: every jurisdiction with an active policy, its divisions and unit categories. */
    @PreAuthorize("permitAll()")
    public RegistrationChoices choices() {
        return SystemAuthentication.call(() -> {
            List<RegistrationChoices.JurisdictionChoice> result = new ArrayList<>();
            for (Jurisdiction j : jurisdictions.jurisdictions()) {
                StartedPolicy policy = j.active();
                if (policy == null) {
                    continue;
                }
                CatalogsInForce inForce = catalogs.inForce(policy.pin());
                List<RegistrationChoices.Option> divisions = selectable(inForce, CatalogCodes.RECOMMENDING_BODIES)
                        .stream().map(e -> new RegistrationChoices.Option(e.code(), e.label(), policy.catalogs()
                                .recommendingBody(e.code()).map(b -> b.channel() == SubmissionChannel.DIRECT)
                                .orElse(false))).toList();
                List<RegistrationChoices.Option> categories = selectable(inForce, Catalog.UNIT_CATEGORIES).stream()
                        .map(e -> new RegistrationChoices.Option(e.code(), e.label(), false)).toList();
                result.add(new RegistrationChoices.JurisdictionChoice(j.code(), j.name(), policy.identity().title(),
                        divisions, categories));
            }
            return new RegistrationChoices(result);
        });
    }

    /** The largest licence scan accepted, in MB. */
    @PreAuthorize("permitAll()")
    public int licenceMaxMb() {
        return properties.licenceMaxMb();
    }

    /**
     * Registers a unit and its administrator. Checks, in this order: the rate limit of the source address (every
     * attempt counts), the challenge, each field, the licence scan. Nothing is kept of a refused registration.
     *
     * @param challenge     the question the page asked (kept in the server-side session)
     * @param answer        the answer typed
     * @param licenceName   the scan's file name as uploaded, or {@code null} when none was uploaded
     * @param licence       the scan's content, or {@code null}
     * @param sourceAddress the request's source address
     * @return the pending unit
     * @throws BusinessException {@code registration.rateLimited} (no field), or on a field of
     *                           {@link UnitRegistration} ({@code challenge}, {@code licence} too)
     */
    @PreAuthorize("permitAll()")
    public Unit register(UnitRegistration form, @Nullable Challenge challenge, String answer,
                         @Nullable String licenceName, @Nullable InputStream licence, String sourceAddress) {
        if (!limiter.tryAttempt(sourceAddress)) {
            LOG.warn("Registration refused: too many attempts from {}", sourceAddress);
            throw new BusinessException("registration.rateLimited");
        }
        if (challenge == null || !challenge.isAnsweredBy(answer)) {
            throw BusinessException.onField("challenge", "registration.challenge.wrong");
        }
        return SystemAuthentication.call(() -> {
            UnitProfile profile = check(form);
            if (licence == null || licenceName == null) {
                throw BusinessException.onField("licence", "registration.licence.required");
            }
            Stored stored = store(licenceName, licence);
            try {
                Unit unit = transactions.execute(tx -> {
                    Unit created = units.registerPending(profile, stored.file(), form.username(),
                            "self-registration from " + sourceAddress);
                    accounts.createUnitAdministrator(created.getId(), new UserDraft(form.username(), form.displayName(),
                            form.contactEmail(), form.contactPhone(), Role.APPLICANT, null, created.getId()),
                            form.password());
                    return created;
                });
                LOG.info("Unit {} ({}) registered from {}, waiting for {}", unit.getId(), unit.getCreditCode(),
                        sourceAddress, unit.getConfirmingBodyCode() == null ? "the bureau"
                                : unit.getConfirmingBodyCode());
                return unit;
            } catch (RuntimeException e) {
                deleteQuietly(stored.path());
                throw e;
            }
        });
    }

    private UnitProfile check(UnitRegistration form) {
        if (form.name().isEmpty()) {
            throw BusinessException.onField("name", "registration.name.required");
        }
        if (form.name().length() > 200) {
            throw BusinessException.onField("name", "unit.name.size");
        }
        if (!CreditCode.isValid(form.creditCode())) {
            throw BusinessException.onField("creditCode", "registration.creditCode.invalid", form.creditCode());
        }
        if (units.creditCodeTaken(form.creditCode())) {
            throw BusinessException.onField("creditCode", "unit.creditCode.taken", form.creditCode());
        }
        StartedPolicy policy = jurisdictions.activePolicy(form.jurisdictionCode())
                .orElseThrow(() -> BusinessException.onField("jurisdiction", "registration.jurisdiction.unknown",
                        form.jurisdictionCode()));
        CatalogsInForce inForce = catalogs.inForce(policy.pin());
        boolean knownDivision = selectable(inForce, CatalogCodes.RECOMMENDING_BODIES).stream()
                .anyMatch(e -> e.code().equals(form.divisionCode()));
        RecommendingBody body = policy.catalogs().recommendingBodyFor(form.divisionCode())
                .filter(b -> knownDivision)
                .orElseThrow(() -> BusinessException.onField("division", "registration.division.unknown",
                        form.divisionCode()));
        List<MergedEntry> categories = selectable(inForce, Catalog.UNIT_CATEGORIES);
        if (!categories.isEmpty() && (form.category() == null
                || categories.stream().noneMatch(e -> e.code().equals(form.category())))) {
            throw BusinessException.onField("category", "registration.category.required");
        }
        if (form.contactName().isEmpty() || form.contactName().length() > 100) {
            throw BusinessException.onField("contactName", "registration.contactName.required");
        }
        if (!PHONE.matcher(form.contactPhone()).matches()) {
            throw BusinessException.onField("contactPhone", "registration.phone.invalid");
        }
        if (form.contactEmail().length() > 200 || !EMAIL.matcher(form.contactEmail()).matches()) {
            throw BusinessException.onField("contactEmail", "registration.email.invalid");
        }
        if (!USERNAME.matcher(form.username()).matches()) {
            throw BusinessException.onField("username", "registration.username.pattern");
        }
        if (accounts.usernameTaken(form.username())) {
            throw BusinessException.onField("username", "user.username.taken", form.username());
        }
        if (form.displayName().isEmpty() || form.displayName().length() > 100) {
            throw BusinessException.onField("displayName", "registration.displayName.required");
        }
        // the password rules are checked again when the account is created; here so that the licence is not stored
        // for a registration that fails on its password
        accounts.checkNewPassword(form.username(), form.password());
        String confirming = body.channel() == SubmissionChannel.DIRECT ? null : body.code();
        return new UnitProfile(form.name(), form.creditCode(), form.divisionCode(), form.jurisdictionCode(),
                confirming, categories.isEmpty() ? null : form.category(),
                new UnitProfile.Contact(form.contactName(), form.contactPhone(), form.contactEmail()));
    }

    private static List<MergedEntry> selectable(CatalogsInForce inForce, String catalog) {
        return inForce.entries(catalog).orElse(List.of()).stream().filter(MergedEntry::selectable).toList();
    }

    private record Stored(LicenceFile file, Path path) {
    }

    private Stored store(String fileName, InputStream content) {
        String original = originalName(fileName);
        long limit = properties.licenceMaxMb() * 1024L * 1024L;
        try {
            Files.createDirectories(root.resolve("tmp"));
            Path temp = Files.createTempFile(root.resolve("tmp"), "licence-", ".part");
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                byte[] head = new byte[16];
                int headLength = 0;
                long size = 0;
                try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha)) {
                    byte[] buffer = new byte[64 * 1024];
                    int n;
                    while ((n = content.read(buffer)) >= 0) {
                        if (headLength < head.length) {
                            int copy = Math.min(n, head.length - headLength);
                            System.arraycopy(buffer, 0, head, headLength, copy);
                            headLength += copy;
                        }
                        size += n;
                        if (size > limit) {
                            throw BusinessException.onField("licence", "attachment.tooLarge", original,
                                    properties.licenceMaxMb());
                        }
                        out.write(buffer, 0, n);
                    }
                }
                if (size == 0) {
                    throw BusinessException.onField("licence", "attachment.empty", original);
                }
                String type = FileTypes.detect(temp, Arrays.copyOf(head, headLength));
                if (type == null || !LICENCE_TYPES.contains(type)) {
                    throw BusinessException.onField("licence", "attachment.typeRefused", original, "pdf, jpg, png");
                }
                LocalDate today = LocalDate.now(clock);
                String storedName = "units/" + today.getYear() + "/" + String.format("%02d", today.getMonthValue())
                        + "/" + UUID.randomUUID() + "." + type;
                Path target = root.resolve(storedName);
                Files.createDirectories(target.getParent());
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                return new Stored(new LicenceFile(original, storedName, FileTypes.mediaType(type), size,
                        HexFormat.of().formatHex(sha.digest())), target);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String originalName(String fileName) {
        String name = Optional.of(fileName).map(n -> n.replace('\\', '/'))
                .map(n -> n.substring(n.lastIndexOf('/') + 1)).orElse("licence");
        name = name.replaceAll("[\\p{Cntrl}]", "");
        return name.isBlank() ? "licence" : name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.warn("Could not delete {}", path, e);
        }
    }
}
