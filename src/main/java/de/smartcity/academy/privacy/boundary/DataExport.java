package de.smartcity.academy.privacy.boundary;

import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;

/**
 * A person's copy of their data (Art. 15 and 20 GDPR).
 *
 * @param profile the person as recorded: name, e-mail, organisation, language, when recorded
 * @param records every table holding data about the person (progress, quiz attempts, applications,
 *                attendance, certificates, account, ...), by table name, each row column by column
 * @param credentials the signed Open Badges credential of each certificate, as issued (public id → JSON)
 */
public record DataExport(String generatedAt, Map<String, Object> profile, Map<String, List<Map<String, Object>>> records,
                         Map<String, JsonValue> credentials) {}
