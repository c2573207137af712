package io.tenantry.web.console;

import io.quarkus.qute.TemplateData;

/** One detail of an audit event (a key and its value), as its timeline entry unfolds it. */
@TemplateData
public record AuditDetail(String key, String value) {}
