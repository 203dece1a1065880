-- The audit trail is append-only: the database itself refuses UPDATE, DELETE and TRUNCATE on it,
-- whatever the application does.
CREATE OR REPLACE FUNCTION refuse_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = '42501';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
--> statement-breakpoint
-- Ledger rows and payments are facts too: a correction is a new row.
CREATE TRIGGER budget_ledger_no_change BEFORE UPDATE OR DELETE ON budget_ledger FOR EACH ROW EXECUTE FUNCTION refuse_change();
--> statement-breakpoint
CREATE TRIGGER disbursements_no_change BEFORE UPDATE OR DELETE ON disbursements FOR EACH ROW EXECUTE FUNCTION refuse_change();
