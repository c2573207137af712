package io.tenantry.persistence.tenant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Everything PostgreSQL's catalog says about one schema, as sorted lines with the schema's name
 * replaced by {@code <schema>}: two schemas built differently but alike give equal lists.
 */
final class SchemaCatalog {

  private static final String IN_SCHEMA =
      " join pg_namespace n on n.oid = c.relnamespace where n.nspname = ?";

  /** Each query takes the schema name as its only parameter and returns one text column. */
  private static final List<String> QUERIES =
      List.of(
          // Tables, indexes, sequences, views, with their kind, persistence and storage options
          // (V21's fillfactor).
          "select 'relation ' || c.relname || ' kind=' || c.relkind::text || ' persistence='"
              + " || c.relpersistence::text || ' options=' || coalesce(c.reloptions::text, '-')"
              + " from pg_class c"
              + IN_SCHEMA,
          // Columns in their order, with type, nullability, default, identity and generation.
          "select 'column ' || c.relname || '#' || row_number() over (partition by c.oid order by"
              + " a.attnum) || ' ' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)"
              + " || ' notnull=' || a.attnotnull::text || ' default=' || coalesce(pg_get_expr(d.adbin,"
              + " d.adrelid), '-') || ' identity=' || a.attidentity::text || ' generated='"
              + " || a.attgenerated::text || ' collation=' || a.attcollation::text from pg_attribute a"
              + " join pg_class c on c.oid = a.attrelid"
              + " left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum"
              + IN_SCHEMA
              + " and a.attnum > 0 and not a.attisdropped and c.relkind in ('r', 'v', 'm', 'p')",
          // Primary keys, unique, check, foreign key and exclusion constraints by name.
          "select 'constraint ' || c.relname || ' ' || k.conname || ' ' || k.contype::text || ' '"
              + " || pg_get_constraintdef(k.oid) || ' deferrable=' || k.condeferrable::text"
              + " from pg_constraint k join pg_class c on c.oid = k.conrelid"
              + IN_SCHEMA,
          "select 'index ' || i.relname || ' ' || pg_get_indexdef(i.oid) from pg_index x"
              + " join pg_class i on i.oid = x.indexrelid join pg_class c on c.oid = x.indrelid"
              + IN_SCHEMA,
          "select 'sequence ' || c.relname || ' ' || format_type(s.seqtypid, null) || ' start='"
              + " || s.seqstart::text || ' increment=' || s.seqincrement::text || ' min=' || s.seqmin::text"
              + " || ' max=' || s.seqmax::text || ' cache=' || s.seqcache::text || ' cycle=' || s.seqcycle::text"
              + " || ' owned_by=' || coalesce((select o.relname || '.' || a.attname"
              + " from pg_depend p join pg_class o on o.oid = p.refobjid"
              + " join pg_attribute a on a.attrelid = p.refobjid and a.attnum = p.refobjsubid"
              + " where p.objid = c.oid and p.classid = 'pg_class'::regclass"
              + " and p.deptype in ('a', 'i')), '-') from pg_sequence s"
              + " join pg_class c on c.oid = s.seqrelid"
              + IN_SCHEMA,
          // Where each sequence stands (the seed rows may have used some).
          "select 'sequence_value ' || sequencename || ' ' || coalesce(last_value::text, 'unused')"
              + " from pg_sequences where schemaname = ?",
          "select 'view ' || c.relname || ' ' || pg_get_viewdef(c.oid) from pg_class c"
              + IN_SCHEMA
              + " and c.relkind in ('v', 'm')",
          "select 'trigger ' || c.relname || ' ' || pg_get_triggerdef(t.oid) from pg_trigger t"
              + " join pg_class c on c.oid = t.tgrelid"
              + IN_SCHEMA
              + " and not t.tgisinternal",
          "select 'function ' || pg_get_functiondef(p.oid) from pg_proc p"
              + " join pg_namespace n on n.oid = p.pronamespace where n.nspname = ?",
          "select 'type ' || t.typname || ' ' || t.typtype::text || ' ' || coalesce((select"
              + " string_agg(e.enumlabel, ',' order by e.enumsortorder) from pg_enum e"
              + " where e.enumtypid = t.oid), '') from pg_type t"
              + " join pg_namespace n on n.oid = t.typnamespace where n.nspname = ?"
              + " and t.typtype in ('e', 'd', 'r', 'm')",
          "select 'comment ' || c.relname || '#' || d.objsubid::text || ' ' || d.description"
              + " from pg_description d join pg_class c on c.oid = d.objoid"
              + " and d.classoid = 'pg_class'::regclass"
              + IN_SCHEMA,
          "select 'policy ' || c.relname || ' ' || p.polname || ' ' || p.polcmd::text || ' '"
              + " || coalesce(pg_get_expr(p.polqual, p.polrelid), '-') from pg_policy p"
              + " join pg_class c on c.oid = p.polrelid"
              + IN_SCHEMA);

  private static final Pattern TIMESTAMP =
      Pattern.compile("(\\d{4}-\\d\\d-\\d\\d) (\\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)?)\\+00");

  private SchemaCatalog() {}

  /**
   * The catalog lines of {@code schema} plus one line per row of each of its tables (the seed
   * data), except Flyway's history, which differs by design. Timestamps in rows from {@code since}
   * on read {@code <new>}: two schemas made at different moments stamp their seed rows differently,
   * but a timestamp frozen into a script (older than {@code since}) stays visible.
   */
  static List<String> of(DataSource dataSource, String schema, Instant since) throws SQLException {
    List<String> lines = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        statement.execute("SET LOCAL TIME ZONE 'UTC'");
      }
      for (String query : QUERIES) {
        lines.addAll(strings(connection, query, schema));
      }
      for (String table : tables(connection, schema)) {
        rows(connection, schema, table).forEach(row -> lines.add(masked(row, since)));
      }
      connection.rollback();
      connection.setAutoCommit(true);
    }
    return lines.stream().map(line -> line.replace(schema, "<schema>")).sorted().toList();
  }

  private static String masked(String row, Instant since) {
    return TIMESTAMP
        .matcher(row)
        .replaceAll(
            m -> {
              Instant at = Instant.parse(m.group(1) + "T" + m.group(2) + "Z");
              return at.isBefore(since) ? m.group() : "<new>";
            });
  }

  private static List<String> tables(Connection connection, String schema) throws SQLException {
    return strings(
        connection,
        "select c.relname from pg_class c"
            + IN_SCHEMA
            + " and c.relkind in ('r', 'p') and c.relname <> 'flyway_schema_history'",
        schema);
  }

  private static List<String> rows(Connection connection, String schema, String table)
      throws SQLException {
    List<String> rows = new ArrayList<>();
    String sql = "select t::text from \"" + schema + "\".\"" + table + "\" t";
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      while (result.next()) {
        rows.add("row " + table + " " + result.getString(1));
      }
    }
    return rows;
  }

  private static List<String> strings(Connection connection, String sql, String schema)
      throws SQLException {
    List<String> values = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, schema);
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          values.add(result.getString(1));
        }
      }
    }
    return values;
  }
}
