-- Two functions that let a write ask less of the network (issue 16: round trips on the write path).
--
-- decided_of_provision: what the applicant's other claims of one provision were decided at (the
-- amounts a capped provision counts against its cap), as a JSON array of [funding year, amount as
-- text]. A city approval's lock statement calls it after it has locked the claim and its applicant:
-- a VOLATILE function reads with a snapshot of its own, taken when it runs, so it sees what a
-- concurrent decision of the same applicant committed while this one waited for the lock (the
-- statement's own snapshot, taken before the wait, would not). The statuses are the domain's
-- DECIDED_STATES, passed in by the caller.
CREATE OR REPLACE FUNCTION decided_of_provision(p_enterprise uuid, p_agency uuid, p_claim uuid, p_provision text, p_decided text[])
RETURNS jsonb LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  -- Two queries rather than one with a CASE: each can use its applicant's index. (Parameters are
  -- prefixed: claims has a column named claim.)
  IF p_enterprise IS NOT NULL THEN
    RETURN (
      SELECT coalesce(jsonb_agg(jsonb_build_array(c.funding_year, c.approved_amount::text)), '[]'::jsonb)
      FROM claims c
      WHERE c.enterprise_id = p_enterprise AND c.id <> p_claim AND c.provision = p_provision AND c.status = ANY (p_decided)
    );
  END IF;
  RETURN (
    SELECT coalesce(jsonb_agg(jsonb_build_array(c.funding_year, c.approved_amount::text)), '[]'::jsonb)
    FROM claims c
    WHERE c.agency_id = p_agency AND c.id <> p_claim AND c.provision = p_provision AND c.status = ANY (p_decided)
  );
END
$$;--> statement-breakpoint
-- budget_refusal: why a guarded budget move moved nothing, raised as an error, so that the move can
-- be sent behind the transaction's other writes and its commit in one round trip and its refusal
-- still aborts the transaction (nothing written). SQLSTATE HQB04: no budget for the provision and
-- year; HQB09: the guard refused, with what is left (total - reserved - posted) as the DETAIL. It
-- reads the budget as committed when it runs, as the separate read after a refusal did.
CREATE OR REPLACE FUNCTION budget_refusal(p_provision text, p_year integer) RETURNS uuid LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  b record;
BEGIN
  SELECT total, reserved, posted INTO b FROM budgets WHERE provision = p_provision AND year = p_year;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'no budget for % in %', p_provision, p_year USING ERRCODE = 'HQB04';
  END IF;
  RAISE EXCEPTION 'budget move refused for % in %', p_provision, p_year
    USING ERRCODE = 'HQB09', DETAIL = (b.total - b.reserved - b.posted)::text;
END
$$;
