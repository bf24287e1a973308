CREATE TABLE agreement (
      id INTEGER PRIMARY KEY,
      registration_number TEXT NOT NULL COLLATE NOCASE UNIQUE,
      title TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('draft', 'forDecision', 'decided', 'signed', 'active', 'ended', 'terminated', 'rescinded')),
      template_key TEXT CHECK (template_key IN ('supportGroups', 'coFinanced', 'umbrella')),
      background TEXT NOT NULL DEFAULT '',
      purpose TEXT NOT NULL DEFAULT '',
      goals TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(goals)),
      target_description TEXT NOT NULL DEFAULT '',
      age_from INTEGER,
      age_to INTEGER,
      form_and_basis TEXT NOT NULL DEFAULT '',
      value_base TEXT NOT NULL DEFAULT '',
      gender_equality TEXT NOT NULL DEFAULT '',
      start_date TEXT NOT NULL,
      end_date TEXT NOT NULL,
      funds_condition INTEGER NOT NULL DEFAULT 0 CHECK (funds_condition IN (0, 1)),
      extension_max_years INTEGER,
      extension_decision_months INTEGER,
      notice_months INTEGER,
      notice_written_to TEXT NOT NULL DEFAULT '',
      payment_rule TEXT NOT NULL CHECK (payment_rule IN ('quarterlyInAdvance', 'yearlyOnInvoice', 'custom')),
      invoice_month INTEGER,
      invoice_day INTEGER,
      per_child_amount INTEGER NOT NULL CHECK (per_child_amount >= 0),
      extra_income_description TEXT NOT NULL DEFAULT '',
      memo_caseworker TEXT NOT NULL DEFAULT '',
      memo_date TEXT,
      memo_background TEXT NOT NULL DEFAULT '',
      memo_matter TEXT NOT NULL DEFAULT '',
      memo_preparation TEXT NOT NULL DEFAULT '',
      memo_administration_view TEXT NOT NULL DEFAULT '',
      memo_appendices TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(memo_appendices)),
      notice_given_on TEXT,
      notice_by_organisation_id INTEGER REFERENCES organisation (id),
      notice_ongoing_interventions TEXT,
      rescinded_on TEXT,
      rescission_reason TEXT,
      version INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      created_by_user_id INTEGER REFERENCES user (id),
      updated_by_user_id INTEGER REFERENCES user (id), payment_rounding TEXT NOT NULL DEFAULT 'wholeKronor'
      CHECK (payment_rounding IN ('wholeKronor', 'exactOre')), rescission_deficiency_id INTEGER, ended_on TEXT,
      CHECK (end_date >= start_date)
    ) STRICT;

CREATE TABLE agreement_appendix (
      id INTEGER PRIMARY KEY,
      agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      title TEXT NOT NULL,
      registration_number TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
      organisation_id INTEGER REFERENCES organisation (id),
      valid_from TEXT,
      valid_to TEXT
    ) STRICT;

CREATE INDEX agreement_appendix_agreement ON agreement_appendix (agreement_id);

CREATE INDEX agreement_appendix_registration_number ON agreement_appendix (registration_number);

CREATE TABLE agreement_budget_line (
      id INTEGER PRIMARY KEY,
      agreement_id INTEGER NOT NULL,
      year INTEGER NOT NULL,
      position INTEGER NOT NULL,
      label TEXT NOT NULL,
      amount INTEGER NOT NULL CHECK (amount >= 0),
      FOREIGN KEY (agreement_id, year) REFERENCES agreement_budget_year (agreement_id, year) ON DELETE CASCADE
    ) STRICT;

CREATE INDEX agreement_budget_line_year ON agreement_budget_line (agreement_id, year);

CREATE TABLE agreement_budget_year (
      agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
      year INTEGER NOT NULL,
      amount INTEGER NOT NULL CHECK (amount >= 0),
      PRIMARY KEY (agreement_id, year)
    ) STRICT;

CREATE TABLE agreement_calendar_stamp (
      agreement_id INTEGER PRIMARY KEY REFERENCES agreement (id) ON DELETE CASCADE,
      stamp TEXT NOT NULL CHECK (length(stamp) = 16)
    ) STRICT;

CREATE TRIGGER agreement_calendar_stamp_agreement_appendix_delete AFTER DELETE ON agreement_appendix BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_appendix_insert AFTER INSERT ON agreement_appendix BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_appendix_update AFTER UPDATE ON agreement_appendix BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id, NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_budget_line_delete AFTER DELETE ON agreement_budget_line BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_budget_line_insert AFTER INSERT ON agreement_budget_line BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_budget_line_update AFTER UPDATE ON agreement_budget_line BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id, NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_budget_year_delete AFTER DELETE ON agreement_budget_year BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_budget_year_insert AFTER INSERT ON agreement_budget_year BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_budget_year_update AFTER UPDATE ON agreement_budget_year BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id, NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_circumstance_notice_delete AFTER DELETE ON agreement_circumstance_notice BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_circumstance_notice_insert AFTER INSERT ON agreement_circumstance_notice BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_circumstance_notice_update AFTER UPDATE ON agreement_circumstance_notice BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id, NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_clause_delete AFTER DELETE ON agreement_clause BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_clause_insert AFTER INSERT ON agreement_clause BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_clause_update AFTER UPDATE ON agreement_clause BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id, NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_commitment_delete AFTER DELETE ON agreement_commitment BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_commitment_insert AFTER INSERT ON agreement_commitment BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_commitment_tick_off_delete AFTER DELETE ON agreement_commitment_tick_off BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_commitment_tick_off_insert AFTER INSERT ON agreement_commitment_tick_off BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_commitment_tick_off_update AFTER UPDATE ON agreement_commitment_tick_off BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id, NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_commitment_update AFTER UPDATE ON agreement_commitment BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id, NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_completion_delete AFTER DELETE ON agreement_completion BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_completion_insert AFTER INSERT ON agreement_completion BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_completion_update AFTER UPDATE ON agreement_completion BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id, NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_criterion_delete AFTER DELETE ON agreement_criterion BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_criterion_insert AFTER INSERT ON agreement_criterion BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_criterion_update AFTER UPDATE ON agreement_criterion BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id, NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_decision_delete AFTER DELETE ON agreement_decision BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_decision_insert AFTER INSERT ON agreement_decision BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_decision_update AFTER UPDATE ON agreement_decision BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id, NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_deficiency_delete AFTER DELETE ON agreement_deficiency BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_deficiency_insert AFTER INSERT ON agreement_deficiency BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_deficiency_step_delete AFTER DELETE ON agreement_deficiency_step BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN ((SELECT agreement_id FROM agreement_deficiency WHERE id = OLD.deficiency_id));
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_deficiency_step_insert AFTER INSERT ON agreement_deficiency_step BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN ((SELECT agreement_id FROM agreement_deficiency WHERE id = NEW.deficiency_id));
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_deficiency_step_update AFTER UPDATE ON agreement_deficiency_step BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN ((SELECT agreement_id FROM agreement_deficiency WHERE id = OLD.deficiency_id), (SELECT agreement_id FROM agreement_deficiency WHERE id = NEW.deficiency_id));
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_deficiency_update AFTER UPDATE ON agreement_deficiency BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id, NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_dispute_delete AFTER DELETE ON agreement_dispute BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_dispute_insert AFTER INSERT ON agreement_dispute BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_dispute_update AFTER UPDATE ON agreement_dispute BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id, NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_extra_income_count_delete AFTER DELETE ON agreement_extra_income_count BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_extra_income_count_insert AFTER INSERT ON agreement_extra_income_count BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_extra_income_count_update AFTER UPDATE ON agreement_extra_income_count BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id, NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_follow_up_delete AFTER DELETE ON agreement_follow_up BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_follow_up_insert AFTER INSERT ON agreement_follow_up BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_follow_up_update AFTER UPDATE ON agreement_follow_up BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id, NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_funding_delete AFTER DELETE ON agreement_funding BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_funding_insert AFTER INSERT ON agreement_funding BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_funding_update AFTER UPDATE ON agreement_funding BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id, NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_funds_confirmation_delete AFTER DELETE ON agreement_funds_confirmation BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_funds_confirmation_insert AFTER INSERT ON agreement_funds_confirmation BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_funds_confirmation_update AFTER UPDATE ON agreement_funds_confirmation BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id, NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_governance_body_delete AFTER DELETE ON agreement_governance_body BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_governance_body_insert AFTER INSERT ON agreement_governance_body BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_governance_body_update AFTER UPDATE ON agreement_governance_body BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id, NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_governance_member_delete AFTER DELETE ON agreement_governance_member BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_governance_member_insert AFTER INSERT ON agreement_governance_member BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_governance_member_update AFTER UPDATE ON agreement_governance_member BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id, NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_insert AFTER INSERT ON agreement BEGIN
      INSERT INTO agreement_calendar_stamp (agreement_id, stamp)
        SELECT NEW.id, lower(hex(randomblob(8)))
        WHERE NOT EXISTS (SELECT 1 FROM agreement_calendar_stamp WHERE agreement_id = NEW.id);
      UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (NEW.id);
    END;

CREATE TRIGGER agreement_calendar_stamp_agreement_instalment_delete AFTER DELETE ON agreement_instalment BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_instalment_insert AFTER INSERT ON agreement_instalment BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_instalment_update AFTER UPDATE ON agreement_instalment BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id, NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_meeting_delete AFTER DELETE ON agreement_meeting BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_meeting_insert AFTER INSERT ON agreement_meeting BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_meeting_update AFTER UPDATE ON agreement_meeting BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id, NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_notice_delete AFTER DELETE ON agreement_notice BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_notice_insert AFTER INSERT ON agreement_notice BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_notice_update AFTER UPDATE ON agreement_notice BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id, NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_original_delete AFTER DELETE ON agreement_original BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_original_insert AFTER INSERT ON agreement_original BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_original_update AFTER UPDATE ON agreement_original BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id, NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_party_contact_delete AFTER DELETE ON agreement_party_contact BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_party_contact_insert AFTER INSERT ON agreement_party_contact BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_party_contact_update AFTER UPDATE ON agreement_party_contact BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id, NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_party_delete AFTER DELETE ON agreement_party BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_party_insert AFTER INSERT ON agreement_party BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_party_update AFTER UPDATE ON agreement_party BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id, NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_payment_delete AFTER DELETE ON agreement_payment BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_payment_insert AFTER INSERT ON agreement_payment BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_payment_update AFTER UPDATE ON agreement_payment BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id, NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_repayment_delete AFTER DELETE ON agreement_repayment BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_repayment_insert AFTER INSERT ON agreement_repayment BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_repayment_update AFTER UPDATE ON agreement_repayment BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id, NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_revision_delete AFTER DELETE ON agreement_revision BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_revision_insert AFTER INSERT ON agreement_revision BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_revision_update AFTER UPDATE ON agreement_revision BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id, NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_signature_delete AFTER DELETE ON agreement_signature BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_signature_insert AFTER INSERT ON agreement_signature BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_signature_update AFTER UPDATE ON agreement_signature BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id, NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_status_change_delete AFTER DELETE ON agreement_status_change BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_status_change_insert AFTER INSERT ON agreement_status_change BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_status_change_update AFTER UPDATE ON agreement_status_change BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id, NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_agreement_update AFTER UPDATE ON agreement BEGIN
      UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.id, NEW.id);
    END;

CREATE TRIGGER agreement_calendar_stamp_amendment_delete AFTER DELETE ON amendment BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_amendment_insert AFTER INSERT ON amendment BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_amendment_signature_delete AFTER DELETE ON amendment_signature BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN ((SELECT agreement_id FROM amendment WHERE id = OLD.amendment_id));
      END;

CREATE TRIGGER agreement_calendar_stamp_amendment_signature_insert AFTER INSERT ON amendment_signature BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN ((SELECT agreement_id FROM amendment WHERE id = NEW.amendment_id));
      END;

CREATE TRIGGER agreement_calendar_stamp_amendment_signature_update AFTER UPDATE ON amendment_signature BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN ((SELECT agreement_id FROM amendment WHERE id = OLD.amendment_id), (SELECT agreement_id FROM amendment WHERE id = NEW.amendment_id));
      END;

CREATE TRIGGER agreement_calendar_stamp_amendment_update AFTER UPDATE ON amendment BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id, NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_enrolment_attendance_delete AFTER DELETE ON enrolment_attendance BEGIN
      UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN ((SELECT p.agreement_id FROM enrolment e JOIN support_group g ON g.id = e.group_id JOIN programme p ON p.id = g.programme_id WHERE e.id = OLD.enrolment_id));
    END;

CREATE TRIGGER agreement_calendar_stamp_enrolment_attendance_insert AFTER INSERT ON enrolment_attendance BEGIN
      UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN ((SELECT p.agreement_id FROM enrolment e JOIN support_group g ON g.id = e.group_id JOIN programme p ON p.id = g.programme_id WHERE e.id = NEW.enrolment_id));
    END;

CREATE TRIGGER agreement_calendar_stamp_enrolment_attendance_update AFTER UPDATE ON enrolment_attendance
    WHEN (OLD.attended > 0) IS NOT (NEW.attended > 0) OR OLD.enrolment_id IS NOT NEW.enrolment_id BEGIN
      UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN ((SELECT p.agreement_id FROM enrolment e JOIN support_group g ON g.id = e.group_id JOIN programme p ON p.id = g.programme_id WHERE e.id = OLD.enrolment_id), (SELECT p.agreement_id FROM enrolment e JOIN support_group g ON g.id = e.group_id JOIN programme p ON p.id = g.programme_id WHERE e.id = NEW.enrolment_id));
    END;

CREATE TRIGGER agreement_calendar_stamp_enrolment_delete AFTER DELETE ON enrolment BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN ((SELECT p.agreement_id FROM support_group g JOIN programme p ON p.id = g.programme_id WHERE g.id = OLD.group_id));
      END;

CREATE TRIGGER agreement_calendar_stamp_enrolment_insert AFTER INSERT ON enrolment BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN ((SELECT p.agreement_id FROM support_group g JOIN programme p ON p.id = g.programme_id WHERE g.id = NEW.group_id));
      END;

CREATE TRIGGER agreement_calendar_stamp_enrolment_update AFTER UPDATE ON enrolment BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN ((SELECT p.agreement_id FROM support_group g JOIN programme p ON p.id = g.programme_id WHERE g.id = OLD.group_id), (SELECT p.agreement_id FROM support_group g JOIN programme p ON p.id = g.programme_id WHERE g.id = NEW.group_id));
      END;

CREATE TRIGGER agreement_calendar_stamp_extension_decision_delete AFTER DELETE ON extension_decision BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_extension_decision_insert AFTER INSERT ON extension_decision BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_extension_decision_update AFTER UPDATE ON extension_decision BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id, NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_group_session_delete AFTER DELETE ON group_session BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN ((SELECT p.agreement_id FROM support_group g JOIN programme p ON p.id = g.programme_id WHERE g.id = OLD.group_id));
      END;

CREATE TRIGGER agreement_calendar_stamp_group_session_insert AFTER INSERT ON group_session BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN ((SELECT p.agreement_id FROM support_group g JOIN programme p ON p.id = g.programme_id WHERE g.id = NEW.group_id));
      END;

CREATE TRIGGER agreement_calendar_stamp_group_session_update AFTER UPDATE ON group_session BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN ((SELECT p.agreement_id FROM support_group g JOIN programme p ON p.id = g.programme_id WHERE g.id = OLD.group_id), (SELECT p.agreement_id FROM support_group g JOIN programme p ON p.id = g.programme_id WHERE g.id = NEW.group_id));
      END;

CREATE TRIGGER agreement_calendar_stamp_participation_record_delete AFTER DELETE ON participation_record BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_participation_record_insert AFTER INSERT ON participation_record BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_participation_record_update AFTER UPDATE ON participation_record BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id, NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_programme_delete AFTER DELETE ON programme BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_programme_insert AFTER INSERT ON programme BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_programme_update AFTER UPDATE ON programme BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (OLD.agreement_id, NEW.agreement_id);
      END;

CREATE TRIGGER agreement_calendar_stamp_support_group_delete AFTER DELETE ON support_group BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN ((SELECT agreement_id FROM programme WHERE id = OLD.programme_id));
      END;

CREATE TRIGGER agreement_calendar_stamp_support_group_insert AFTER INSERT ON support_group BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN ((SELECT agreement_id FROM programme WHERE id = NEW.programme_id));
      END;

CREATE TRIGGER agreement_calendar_stamp_support_group_update AFTER UPDATE ON support_group BEGIN
        UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN ((SELECT agreement_id FROM programme WHERE id = OLD.programme_id), (SELECT agreement_id FROM programme WHERE id = NEW.programme_id));
      END;

CREATE TABLE agreement_circumstance_notice (
      id INTEGER PRIMARY KEY,
      agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
      organisation_id INTEGER NOT NULL REFERENCES organisation (id),
      notified_on TEXT NOT NULL,
      what_changed TEXT NOT NULL,
      commitments TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(commitments)),
      status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed', 'deficiency')),
      closed_on TEXT,
      closing_note TEXT NOT NULL DEFAULT '',
      deficiency_id INTEGER REFERENCES agreement_deficiency (id) ON DELETE SET NULL,
      recorded_by_user_id INTEGER REFERENCES user (id),
      recorded_at TEXT NOT NULL,
      updated_by_user_id INTEGER REFERENCES user (id),
      updated_at TEXT NOT NULL,
      CHECK ((status = 'open') = (closed_on IS NULL)),
      CHECK (status != 'deficiency' OR deficiency_id IS NOT NULL),
      CHECK (closed_on IS NULL OR closed_on >= notified_on)
    ) STRICT;

CREATE INDEX agreement_circumstance_notice_agreement ON agreement_circumstance_notice (agreement_id, notified_on);

CREATE TABLE agreement_clause (
      agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
      clause_key TEXT NOT NULL,
      position INTEGER NOT NULL,
      heading TEXT NOT NULL,
      text TEXT NOT NULL DEFAULT '',
      PRIMARY KEY (agreement_id, clause_key)
    ) STRICT;

CREATE TABLE agreement_commitment (
      id INTEGER PRIMARY KEY,
      agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
      organisation_id INTEGER NOT NULL REFERENCES organisation (id),
      position INTEGER NOT NULL,
      text TEXT NOT NULL
    , commitment_key TEXT NOT NULL DEFAULT '', appendix_position INTEGER CHECK (appendix_position >= 0), kind TEXT NOT NULL DEFAULT 'unknown'
    CHECK (kind IN ('recurring', 'oneOff', 'ongoing', 'unknown')), target_count INTEGER CHECK (target_count >= 0), target_per TEXT CHECK (target_per IN ('year', 'term')), target_comparison TEXT
    CHECK (target_comparison IN ('exactly', 'atLeast', 'about')), tolerance_percent INTEGER NOT NULL DEFAULT 0
    CHECK (tolerance_percent BETWEEN 0 AND 100), measure TEXT
    CHECK (measure IN ('tickOffs', 'groupsStarted', 'childrenEnrolled', 'childrenCompleted', 'sessionsHeld')), due_date TEXT) STRICT;

CREATE INDEX agreement_commitment_agreement ON agreement_commitment (agreement_id);

CREATE UNIQUE INDEX agreement_commitment_key ON agreement_commitment (agreement_id, commitment_key);

CREATE TABLE agreement_commitment_tick_off (
      id INTEGER PRIMARY KEY,
      agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
      commitment_key TEXT NOT NULL,
      done_on TEXT NOT NULL,
      what_done TEXT NOT NULL CHECK (length(what_done) > 0),
      note TEXT NOT NULL DEFAULT '',
      recorded_by_user_id INTEGER REFERENCES user (id),
      recorded_at TEXT NOT NULL
    ) STRICT;

CREATE INDEX agreement_commitment_tick_off_key ON agreement_commitment_tick_off (agreement_id, commitment_key, done_on);

CREATE TABLE agreement_completion (
      agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
      item_key TEXT NOT NULL,
      completed_at TEXT NOT NULL,
      user_id INTEGER REFERENCES user (id),
      PRIMARY KEY (agreement_id, item_key)
    ) STRICT;

CREATE TABLE agreement_criterion (
      agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
      criterion TEXT NOT NULL,
      justification TEXT NOT NULL DEFAULT '',
      PRIMARY KEY (agreement_id, criterion)
    ) STRICT;

CREATE TABLE agreement_decision (
      agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
      organisation_id INTEGER NOT NULL REFERENCES organisation (id),
      board TEXT NOT NULL,
      decided_on TEXT NOT NULL,
      paragraph TEXT NOT NULL,
      proposal TEXT NOT NULL DEFAULT '',
      recorded_by_user_id INTEGER REFERENCES user (id),
      recorded_at TEXT NOT NULL,
      PRIMARY KEY (agreement_id, organisation_id)
    ) STRICT;

CREATE TABLE agreement_deficiency (
      id INTEGER PRIMARY KEY,
      agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
      organisation_id INTEGER NOT NULL REFERENCES organisation (id),
      description TEXT NOT NULL,
      found_on TEXT NOT NULL,
      remedy_by TEXT NOT NULL,
      outcome TEXT NOT NULL DEFAULT 'open' CHECK (outcome IN ('open', 'remedied', 'notRemedied')),
      outcome_on TEXT,
      outcome_note TEXT NOT NULL DEFAULT '',
      recorded_by_user_id INTEGER REFERENCES user (id),
      recorded_at TEXT NOT NULL,
      updated_by_user_id INTEGER REFERENCES user (id),
      updated_at TEXT NOT NULL, commitment_index INTEGER CHECK (commitment_index >= 0), commitment_text TEXT NOT NULL DEFAULT '', meeting_id INTEGER, commitment_key TEXT,
      CHECK (remedy_by >= found_on),
      CHECK ((outcome = 'open') = (outcome_on IS NULL))
    ) STRICT;

CREATE INDEX agreement_deficiency_agreement ON agreement_deficiency (agreement_id, found_on);

CREATE TABLE agreement_deficiency_step (
      id INTEGER PRIMARY KEY,
      deficiency_id INTEGER NOT NULL REFERENCES agreement_deficiency (id) ON DELETE CASCADE,
      position INTEGER NOT NULL CHECK (position >= 0),
      kind TEXT NOT NULL CHECK (kind IN ('dialogue', 'actionPlanRequired', 'actionPlanReceived', 'followUp', 'outcome')),
      taken_on TEXT NOT NULL,
      taken_by TEXT NOT NULL,
      meeting_id INTEGER REFERENCES agreement_meeting (id) ON DELETE SET NULL,
      deadline TEXT,
      responsible_organisation_id INTEGER REFERENCES organisation (id),
      follow_up_by TEXT,
      result TEXT CHECK (result IN ('remedied', 'stillDeficient')),
      decision TEXT CHECK (decision IN ('exclude', 'rescind', 'newPlan')),
      note TEXT NOT NULL DEFAULT '',
      recorded_by_user_id INTEGER REFERENCES user (id),
      recorded_at TEXT NOT NULL,
      UNIQUE (deficiency_id, position),
      CHECK ((kind = 'actionPlanRequired') = (deadline IS NOT NULL)),
      CHECK ((kind = 'actionPlanRequired') = (responsible_organisation_id IS NOT NULL)),
      CHECK (deadline IS NULL OR deadline >= taken_on),
      CHECK (follow_up_by IS NULL OR follow_up_by >= taken_on),
      CHECK ((kind = 'outcome') = (result IS NOT NULL)),
      CHECK ((coalesce(result, '') = 'stillDeficient') = (decision IS NOT NULL))
    ) STRICT;

CREATE TABLE agreement_dispute (
      id INTEGER PRIMARY KEY,
      agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
      description TEXT NOT NULL,
      opened_on TEXT NOT NULL,
      outcome TEXT NOT NULL DEFAULT 'open' CHECK (outcome IN ('open', 'resolved', 'dialogueFailed')),
      closed_on TEXT,
      closing_note TEXT NOT NULL DEFAULT '',
      recorded_by_user_id INTEGER REFERENCES user (id),
      recorded_at TEXT NOT NULL,
      updated_by_user_id INTEGER REFERENCES user (id),
      updated_at TEXT NOT NULL,
      CHECK ((outcome = 'open') = (closed_on IS NULL)),
      CHECK (closed_on IS NULL OR closed_on >= opened_on)
    ) STRICT;

CREATE INDEX agreement_dispute_agreement ON agreement_dispute (agreement_id, opened_on);

CREATE TABLE agreement_extra_income_count (
      agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
      year INTEGER NOT NULL,
      source TEXT NOT NULL,
      children INTEGER NOT NULL CHECK (children >= 0),
      updated_at TEXT NOT NULL,
      PRIMARY KEY (agreement_id, year, source)
    ) STRICT;

CREATE TABLE agreement_follow_up (
      agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
      follow_up_key TEXT NOT NULL,
      position INTEGER NOT NULL,
      kind TEXT NOT NULL,
      description TEXT NOT NULL DEFAULT '',
      due_kind TEXT NOT NULL CHECK (due_kind IN ('yearly', 'everyMonths', 'afterEnd', 'once')),
      due_month INTEGER,
      due_day INTEGER,
      due_following_year INTEGER CHECK (due_following_year IN (0, 1)),
      due_months INTEGER,
      due_date TEXT,
      responsible_organisation_id INTEGER REFERENCES organisation (id),
      PRIMARY KEY (agreement_id, follow_up_key)
    ) STRICT;

CREATE VIRTUAL TABLE agreement_fts USING fts5(
      registration_number, title, parties, body,
      tokenize = 'unicode61 remove_diacritics 0'
    );

CREATE TABLE 'agreement_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

CREATE TABLE 'agreement_fts_content'(id INTEGER PRIMARY KEY, c0, c1, c2, c3);

CREATE TABLE 'agreement_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

CREATE TABLE 'agreement_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

CREATE TABLE 'agreement_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

CREATE TABLE agreement_funding (
      id INTEGER PRIMARY KEY,
      agreement_id INTEGER NOT NULL,
      year INTEGER NOT NULL,
      position INTEGER NOT NULL,
      payer_organisation_id INTEGER NOT NULL REFERENCES organisation (id),
      recipient_organisation_id INTEGER REFERENCES organisation (id),
      amount INTEGER NOT NULL CHECK (amount >= 0),
      FOREIGN KEY (agreement_id, year) REFERENCES agreement_budget_year (agreement_id, year) ON DELETE CASCADE
    ) STRICT;

CREATE INDEX agreement_funding_year ON agreement_funding (agreement_id, year);

CREATE TABLE agreement_funds_confirmation (
      id INTEGER PRIMARY KEY,
      agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
      year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
      granted_on TEXT NOT NULL,
      granted_by TEXT NOT NULL,
      decision_reference TEXT NOT NULL DEFAULT '',
      note TEXT NOT NULL DEFAULT '',
      recorded_by_user_id INTEGER REFERENCES user (id),
      recorded_at TEXT NOT NULL,
      UNIQUE (agreement_id, year)
    ) STRICT;

CREATE TABLE agreement_governance_body (
      agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
      body_key TEXT NOT NULL,
      position INTEGER NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('steeringGroup', 'cooperationGroup')),
      name TEXT NOT NULL,
      decision_rule TEXT NOT NULL DEFAULT '',
      chair_rotation TEXT NOT NULL DEFAULT '',
      minute_taker_rotation TEXT NOT NULL DEFAULT '',
      convener_organisation_id INTEGER REFERENCES organisation (id),
      cadence_kind TEXT NOT NULL CHECK (cadence_kind IN ('everyMonths', 'perTerm', 'timesPerYear')),
      cadence_value INTEGER,
      PRIMARY KEY (agreement_id, body_key)
    ) STRICT;

CREATE TABLE agreement_governance_member (
      id INTEGER PRIMARY KEY,
      agreement_id INTEGER NOT NULL,
      body_key TEXT NOT NULL,
      position INTEGER NOT NULL,
      organisation_id INTEGER NOT NULL REFERENCES organisation (id),
      name TEXT NOT NULL,
      title TEXT NOT NULL DEFAULT '',
      FOREIGN KEY (agreement_id, body_key) REFERENCES agreement_governance_body (agreement_id, body_key) ON DELETE CASCADE
    ) STRICT;

CREATE INDEX agreement_governance_member_body ON agreement_governance_member (agreement_id, body_key);

CREATE TABLE agreement_instalment (
      id INTEGER PRIMARY KEY,
      agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      due_date TEXT NOT NULL,
      payer_organisation_id INTEGER NOT NULL REFERENCES organisation (id),
      recipient_organisation_id INTEGER NOT NULL REFERENCES organisation (id),
      amount INTEGER NOT NULL CHECK (amount >= 0)
    ) STRICT;

CREATE INDEX agreement_instalment_agreement ON agreement_instalment (agreement_id);

CREATE TABLE agreement_meeting (
      id INTEGER PRIMARY KEY,
      agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
      body_key TEXT NOT NULL,
      held_on TEXT NOT NULL,
      attendees TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(attendees)),
      decisions TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(decisions)),
      minutes_reference TEXT NOT NULL DEFAULT '',
      recorded_by_user_id INTEGER REFERENCES user (id),
      recorded_at TEXT NOT NULL
    ) STRICT;

CREATE INDEX agreement_meeting_agreement ON agreement_meeting (agreement_id, body_key, held_on);

CREATE TABLE agreement_notice (
      id INTEGER PRIMARY KEY,
      agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
      scope TEXT NOT NULL CHECK (scope IN ('agreement', 'party')),
      organisation_id INTEGER NOT NULL REFERENCES organisation (id),
      given_on TEXT NOT NULL,
      months INTEGER CHECK (months >= 0),
      ongoing_interventions TEXT NOT NULL DEFAULT '',
      previous_status TEXT,
      withdrawn_on TEXT,
      withdrawal_kind TEXT CHECK (withdrawal_kind IN ('agreed', 'mistake')),
      withdrawal_note TEXT,
      withdrawn_by_user_id INTEGER REFERENCES user (id),
      recorded_by_user_id INTEGER REFERENCES user (id),
      recorded_at TEXT NOT NULL,
      CHECK ((withdrawn_on IS NULL) = (withdrawal_kind IS NULL))
    ) STRICT;

CREATE INDEX agreement_notice_agreement ON agreement_notice (agreement_id);

CREATE TABLE agreement_original (
      agreement_id INTEGER PRIMARY KEY REFERENCES agreement (id) ON DELETE CASCADE,
      snapshot TEXT NOT NULL CHECK (json_valid(snapshot)),
      saved_at TEXT NOT NULL
    ) STRICT;

CREATE TABLE agreement_party (
      agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
      organisation_id INTEGER NOT NULL REFERENCES organisation (id),
      position INTEGER NOT NULL,
      role TEXT NOT NULL CHECK (role IN ('public', 'nonprofit')),
      acting_through_kind TEXT NOT NULL CHECK (acting_through_kind IN ('board', 'administration', 'department')),
      acting_through TEXT NOT NULL,
      signatory_name TEXT NOT NULL DEFAULT '',
      signatory_title TEXT NOT NULL DEFAULT '',
      PRIMARY KEY (agreement_id, organisation_id)
    ) STRICT;

CREATE TABLE agreement_party_contact (
      id INTEGER PRIMARY KEY,
      agreement_id INTEGER NOT NULL,
      organisation_id INTEGER NOT NULL,
      position INTEGER NOT NULL,
      name TEXT NOT NULL,
      title TEXT NOT NULL DEFAULT '',
      phone TEXT NOT NULL DEFAULT '',
      email TEXT NOT NULL DEFAULT '',
      FOREIGN KEY (agreement_id, organisation_id) REFERENCES agreement_party (agreement_id, organisation_id) ON DELETE CASCADE
    ) STRICT;

CREATE INDEX agreement_party_contact_party ON agreement_party_contact (agreement_id, organisation_id);

CREATE INDEX agreement_party_organisation ON agreement_party (organisation_id);

CREATE TABLE agreement_payment (
      id INTEGER PRIMARY KEY,
      agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('payment', 'repayment')),
      paid_on TEXT NOT NULL,
      payer_organisation_id INTEGER NOT NULL REFERENCES organisation (id),
      recipient_organisation_id INTEGER NOT NULL REFERENCES organisation (id),
      amount INTEGER NOT NULL CHECK (amount > 0),
      reference TEXT NOT NULL DEFAULT '',
      note TEXT NOT NULL DEFAULT '',
      recorded_by_user_id INTEGER REFERENCES user (id),
      recorded_at TEXT NOT NULL
    ) STRICT;

CREATE INDEX agreement_payment_agreement ON agreement_payment (agreement_id, paid_on);

CREATE INDEX agreement_period ON agreement (start_date, end_date);

CREATE TABLE agreement_repayment (
      id INTEGER PRIMARY KEY,
      agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
      dispute_id INTEGER REFERENCES agreement_dispute (id),
      as_of TEXT NOT NULL,
      due_on TEXT NOT NULL,
      payer_organisation_id INTEGER NOT NULL REFERENCES organisation (id),
      recipient_organisation_id INTEGER NOT NULL REFERENCES organisation (id),
      proposed_amount INTEGER NOT NULL CHECK (proposed_amount >= 0),
      amount INTEGER NOT NULL CHECK (amount >= 0),
      reason TEXT NOT NULL DEFAULT '',
      basis TEXT NOT NULL CHECK (json_valid(basis)),
      recorded_by_user_id INTEGER REFERENCES user (id),
      recorded_at TEXT NOT NULL,
      CHECK (amount = proposed_amount OR reason != ''),
      UNIQUE (agreement_id, payer_organisation_id, recipient_organisation_id)
    ) STRICT;

CREATE TABLE agreement_revision (
      agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
      revision INTEGER NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('draft', 'forDecision', 'decided', 'signed', 'active', 'ended', 'terminated', 'rescinded')),
      saved_at TEXT NOT NULL,
      saved_by_user_id INTEGER REFERENCES user (id),
      snapshot TEXT NOT NULL CHECK (json_valid(snapshot)),
      PRIMARY KEY (agreement_id, revision)
    ) STRICT;

CREATE TABLE agreement_signature (
      agreement_id INTEGER NOT NULL,
      organisation_id INTEGER NOT NULL,
      name TEXT NOT NULL,
      title TEXT NOT NULL DEFAULT '',
      place TEXT NOT NULL,
      signed_on TEXT NOT NULL,
      recorded_by_user_id INTEGER REFERENCES user (id),
      recorded_at TEXT NOT NULL,
      PRIMARY KEY (agreement_id, organisation_id),
      FOREIGN KEY (agreement_id, organisation_id) REFERENCES agreement_party (agreement_id, organisation_id)
    ) STRICT;

CREATE INDEX agreement_status ON agreement (status);

CREATE TABLE agreement_status_change (
      id INTEGER PRIMARY KEY,
      agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
      from_status TEXT CHECK (from_status IN ('draft', 'forDecision', 'decided', 'signed', 'active', 'ended', 'terminated', 'rescinded')),
      to_status TEXT NOT NULL CHECK (to_status IN ('draft', 'forDecision', 'decided', 'signed', 'active', 'ended', 'terminated', 'rescinded')),
      at TEXT NOT NULL,
      user_id INTEGER REFERENCES user (id)
    ) STRICT;

CREATE INDEX agreement_status_change_agreement ON agreement_status_change (agreement_id, at);

CREATE TABLE amendment (
      id INTEGER PRIMARY KEY,
      agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
      number INTEGER NOT NULL CHECK (number >= 1),
      registration_number TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
      reason TEXT NOT NULL,
      effective_from TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('draft', 'decided', 'signed', 'inForce')),
      decider TEXT NOT NULL DEFAULT 'board' CHECK (decider IN ('board', 'delegation')),
      changes TEXT NOT NULL DEFAULT '{"before":{},"after":{}}' CHECK (json_valid(changes)),
      concerned TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(concerned)),
      accepted_terms TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(accepted_terms)),
      decision_body TEXT,
      decision_date TEXT,
      decision_paragraph TEXT,
      recorded_signed_by TEXT,
      in_force_at TEXT,
      version INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      created_by_user_id INTEGER REFERENCES user (id),
      updated_by_user_id INTEGER REFERENCES user (id),
      UNIQUE (agreement_id, number)
    ) STRICT;

CREATE TABLE amendment_signature (
      amendment_id INTEGER NOT NULL REFERENCES amendment (id) ON DELETE CASCADE,
      organisation_id INTEGER NOT NULL REFERENCES organisation (id),
      name TEXT NOT NULL,
      title TEXT NOT NULL DEFAULT '',
      place TEXT NOT NULL,
      signed_on TEXT NOT NULL,
      recorded_by_user_id INTEGER REFERENCES user (id),
      recorded_at TEXT NOT NULL,
      PRIMARY KEY (amendment_id, organisation_id)
    ) STRICT;

CREATE TABLE anonymous_concern_report (
      id INTEGER PRIMARY KEY,
      person_id INTEGER NOT NULL REFERENCES anonymous_person (id),
      reported_on TEXT NOT NULL
    ) STRICT;

CREATE INDEX anonymous_concern_report_person ON anonymous_concern_report (person_id);

CREATE TABLE anonymous_person (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      child_id INTEGER UNIQUE REFERENCES child (id) ON DELETE SET NULL
    ) STRICT;

CREATE TABLE "attachment" (
      id INTEGER PRIMARY KEY,
      record_kind TEXT NOT NULL
        CHECK (record_kind IN ('agreement', 'amendment', 'meeting', 'consent', 'enrolment', 'deficiency', 'tickOff')),
      agreement_id INTEGER REFERENCES agreement (id) ON DELETE CASCADE,
      amendment_id INTEGER REFERENCES amendment (id) ON DELETE CASCADE,
      meeting_id INTEGER REFERENCES agreement_meeting (id) ON DELETE CASCADE,
      consent_id INTEGER REFERENCES consent (id) ON DELETE CASCADE,
      enrolment_id INTEGER REFERENCES enrolment (id) ON DELETE CASCADE,
      deficiency_id INTEGER REFERENCES agreement_deficiency (id) ON DELETE CASCADE,
      tick_off_id INTEGER REFERENCES agreement_commitment_tick_off (id) ON DELETE CASCADE,
      name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      file_type TEXT NOT NULL CHECK (file_type IN ('pdf', 'jpeg', 'png', 'docx', 'xlsx')),
      bytes INTEGER NOT NULL CHECK (bytes BETWEEN 1 AND 26214400),
      sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
      added_at TEXT NOT NULL,
      added_by_user_id INTEGER REFERENCES user (id),
      CHECK ((agreement_id IS NOT NULL) + (amendment_id IS NOT NULL) + (meeting_id IS NOT NULL) + (consent_id IS NOT NULL) + (enrolment_id IS NOT NULL) + (deficiency_id IS NOT NULL) + (tick_off_id IS NOT NULL) = 1),
      CHECK (
        CASE record_kind
          WHEN 'agreement' THEN agreement_id
          WHEN 'amendment' THEN amendment_id
          WHEN 'meeting' THEN meeting_id
          WHEN 'consent' THEN consent_id
          WHEN 'enrolment' THEN enrolment_id
          WHEN 'deficiency' THEN deficiency_id
          ELSE tick_off_id
        END IS NOT NULL
      )
    ) STRICT;

CREATE INDEX attachment_agreement ON attachment (agreement_id) WHERE agreement_id IS NOT NULL;

CREATE INDEX attachment_amendment ON attachment (amendment_id) WHERE amendment_id IS NOT NULL;

CREATE TABLE "attachment_chunk" (
      id INTEGER PRIMARY KEY,
      attachment_id INTEGER NOT NULL REFERENCES "attachment" (id) ON DELETE CASCADE,
      position INTEGER NOT NULL CHECK (position >= 0),
      data BLOB NOT NULL CHECK (length(data) BETWEEN 1 AND 1048576),
      UNIQUE (attachment_id, position)
    ) STRICT;

CREATE INDEX attachment_consent ON attachment (consent_id) WHERE consent_id IS NOT NULL;

CREATE INDEX attachment_deficiency ON attachment (deficiency_id) WHERE deficiency_id IS NOT NULL;

CREATE INDEX attachment_enrolment ON attachment (enrolment_id) WHERE enrolment_id IS NOT NULL;

CREATE INDEX attachment_meeting ON attachment (meeting_id) WHERE meeting_id IS NOT NULL;

CREATE INDEX attachment_tick_off ON attachment (tick_off_id) WHERE tick_off_id IS NOT NULL;

CREATE TABLE attendance (
      session_id INTEGER NOT NULL REFERENCES group_session (id) ON DELETE CASCADE,
      enrolment_id INTEGER NOT NULL REFERENCES enrolment (id) ON DELETE CASCADE,
      present INTEGER NOT NULL CHECK (present IN (0, 1)),
      recorded_by_user_id INTEGER REFERENCES user (id),
      recorded_at TEXT NOT NULL,
      PRIMARY KEY (session_id, enrolment_id)
    ) STRICT, WITHOUT ROWID;

CREATE INDEX attendance_enrolment ON attendance (enrolment_id);

CREATE INDEX attendance_report ON attendance (enrolment_id, present);

CREATE TRIGGER attendance_total_delete AFTER DELETE ON attendance BEGIN
      UPDATE enrolment_attendance SET attended = attended - OLD.present, recorded = recorded - 1
        WHERE enrolment_id = OLD.enrolment_id;
    END;

CREATE TRIGGER attendance_total_insert AFTER INSERT ON attendance BEGIN
      INSERT INTO enrolment_attendance (enrolment_id, attended, recorded)
        SELECT NEW.enrolment_id, 0, 0 WHERE NOT EXISTS (SELECT 1 FROM enrolment_attendance WHERE enrolment_id = NEW.enrolment_id);
      UPDATE enrolment_attendance SET attended = attended + NEW.present, recorded = recorded + 1
        WHERE enrolment_id = NEW.enrolment_id;
    END;

CREATE TRIGGER attendance_total_update AFTER UPDATE OF enrolment_id, present ON attendance BEGIN
      UPDATE enrolment_attendance SET attended = attended - OLD.present, recorded = recorded - 1
        WHERE enrolment_id = OLD.enrolment_id;
      INSERT INTO enrolment_attendance (enrolment_id, attended, recorded)
        SELECT NEW.enrolment_id, 0, 0 WHERE NOT EXISTS (SELECT 1 FROM enrolment_attendance WHERE enrolment_id = NEW.enrolment_id);
      UPDATE enrolment_attendance SET attended = attended + NEW.present, recorded = recorded + 1
        WHERE enrolment_id = NEW.enrolment_id;
    END;

CREATE TABLE audit_log (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      user_id INTEGER,
      role TEXT,
      channel TEXT NOT NULL,
      entity_type TEXT,
      entity_id TEXT,
      outcome TEXT NOT NULL CHECK (outcome IN ('ok', 'denied', 'invalid', 'failed')),
      prev_hash TEXT NOT NULL,
      hash TEXT NOT NULL
    ) STRICT;

CREATE INDEX audit_log_at ON audit_log (at);

CREATE INDEX audit_log_channel ON audit_log (channel, id);

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

CREATE INDEX audit_log_user ON audit_log (user_id, at);

CREATE TABLE budget_line_actual (
      agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
      year INTEGER NOT NULL,
      label TEXT NOT NULL,
      amount INTEGER NOT NULL CHECK (amount >= 0),
      updated_at TEXT NOT NULL,
      updated_by_user_id INTEGER REFERENCES user (id),
      PRIMARY KEY (agreement_id, year, label)
    ) STRICT;

CREATE TABLE child (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      name_folded TEXT NOT NULL,
      name_is_alias INTEGER NOT NULL DEFAULT 0 CHECK (name_is_alias IN (0, 1)),
      identity_kind TEXT NOT NULL CHECK (identity_kind IN ('personnummer', 'samordningsnummer', 'none')),
      identity_number TEXT UNIQUE,
      birth_date TEXT,
      birth_year INTEGER,
      gender TEXT NOT NULL CHECK (gender IN ('girl', 'boy', 'other', 'undisclosed')),
      home_municipality TEXT NOT NULL,
      district TEXT NOT NULL DEFAULT '',
      placement_basis TEXT NOT NULL CHECK (placement_basis IN ('SoL', 'LVU', 'none')),
      protected_identity INTEGER NOT NULL DEFAULT 0 CHECK (protected_identity IN (0, 1)),
      street TEXT NOT NULL DEFAULT '',
      postal_code TEXT NOT NULL DEFAULT '',
      city TEXT NOT NULL DEFAULT '',
      phone TEXT NOT NULL DEFAULT '',
      email TEXT NOT NULL DEFAULT '',
      foster_home_name TEXT NOT NULL DEFAULT '',
      foster_home_phone TEXT NOT NULL DEFAULT '',
      foster_home_email TEXT NOT NULL DEFAULT '',
      foster_home_street TEXT NOT NULL DEFAULT '',
      foster_home_postal_code TEXT NOT NULL DEFAULT '',
      foster_home_city TEXT NOT NULL DEFAULT '',
      caseworker_name TEXT NOT NULL DEFAULT '',
      caseworker_unit TEXT NOT NULL DEFAULT '',
      caseworker_phone TEXT NOT NULL DEFAULT '',
      caseworker_email TEXT NOT NULL DEFAULT '',
      version INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL, age_band TEXT
    CHECK (age_band IN ('under13', '13-15', '16-17', '18-20', '21-24', '25+')), age_band_on TEXT,
      CHECK (identity_kind = 'none' OR identity_number IS NOT NULL)
    ) STRICT;

CREATE INDEX child_district ON child (district, id);

CREATE INDEX child_name_birth ON child (name_folded, birth_date);

CREATE INDEX child_report ON child (id, gender, placement_basis, protected_identity, district, birth_date, birth_year);

CREATE TABLE child_search_token (
      token TEXT NOT NULL,
      child_id INTEGER NOT NULL REFERENCES child (id) ON DELETE CASCADE,
      PRIMARY KEY (token, child_id)
    ) STRICT, WITHOUT ROWID;

CREATE INDEX child_search_token_child ON child_search_token (child_id);

CREATE TABLE concern_report (
      id INTEGER PRIMARY KEY,
      child_id INTEGER NOT NULL REFERENCES child (id) ON DELETE CASCADE,
      reported_on TEXT NOT NULL,
      social_services TEXT NOT NULL,
      reported_by TEXT NOT NULL,
      recorded_by_user_id INTEGER REFERENCES user (id),
      recorded_at TEXT NOT NULL
    ) STRICT;

CREATE INDEX concern_report_child ON concern_report (child_id);

CREATE TABLE "consent" (
      id INTEGER PRIMARY KEY,
      enrolment_id INTEGER NOT NULL REFERENCES enrolment (id) ON DELETE CASCADE,
      -- Null: the person consented for themselves.
      guardian_id INTEGER REFERENCES guardian (id),
      capacity TEXT NOT NULL CHECK (capacity IN ('custodian', 'godMan', 'specialCustodian', 'noCustody', 'self')),
      scope TEXT NOT NULL CHECK (scope IN ('participation', 'dataSharing')),
      decision TEXT NOT NULL CHECK (decision IN ('given', 'refused', 'withdrawn')),
      decided_on TEXT NOT NULL,
      method TEXT NOT NULL CHECK (method IN ('written', 'oral')),
      document_reference TEXT NOT NULL DEFAULT '',
      recorded_by_user_id INTEGER REFERENCES user (id),
      recorded_at TEXT NOT NULL,
      CHECK ((guardian_id IS NULL) = (capacity = 'self'))
    ) STRICT;

CREATE INDEX consent_enrolment ON consent (enrolment_id);

CREATE INDEX consent_guardian ON consent (guardian_id);

CREATE TABLE deletion_run (
      id INTEGER PRIMARY KEY,
      deleted_at TEXT NOT NULL,
      user_id INTEGER REFERENCES user (id),
      kind TEXT NOT NULL CHECK (kind IN ('child', 'agreementDraft', 'organisation', 'waitingEntries', 'childrenWithoutEnrolment')),
      reason TEXT NOT NULL DEFAULT '' CHECK (reason IN ('', 'wrongPerson', 'duplicate', 'wrongOrganisation', 'testEntry', 'other')),
      enrolments INTEGER NOT NULL DEFAULT 0,
      children INTEGER NOT NULL DEFAULT 0,
      records INTEGER NOT NULL DEFAULT 0
    ) STRICT;

CREATE TABLE effect_answer (
      id INTEGER PRIMARY KEY,
      enrolment_id INTEGER NOT NULL REFERENCES enrolment (id) ON DELETE CASCADE,
      instrument_id INTEGER NOT NULL REFERENCES effect_instrument (id),
      occasion TEXT NOT NULL CHECK (occasion IN ('before', 'after', 'followUp')),
      answered_on TEXT NOT NULL,
      entered_by INTEGER NOT NULL REFERENCES user (id),
      answer_values TEXT NOT NULL CHECK (json_valid(answer_values) AND json_type(answer_values) = 'array'),
      created_at TEXT NOT NULL,
      UNIQUE (enrolment_id, instrument_id, occasion)
    ) STRICT;

CREATE TRIGGER effect_answer_added AFTER INSERT ON effect_answer BEGIN INSERT INTO effect_sums_stale (group_id)
      SELECT e.group_id FROM enrolment e WHERE e.id = NEW.enrolment_id AND e.group_id IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM effect_sums_stale s WHERE s.group_id = e.group_id); END;

CREATE TRIGGER effect_answer_changed AFTER UPDATE ON effect_answer BEGIN
    INSERT INTO effect_sums_stale (group_id)
      SELECT e.group_id FROM enrolment e WHERE e.id = OLD.enrolment_id AND e.group_id IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM effect_sums_stale s WHERE s.group_id = e.group_id); INSERT INTO effect_sums_stale (group_id)
      SELECT e.group_id FROM enrolment e WHERE e.id = NEW.enrolment_id AND e.group_id IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM effect_sums_stale s WHERE s.group_id = e.group_id); END;

CREATE INDEX effect_answer_instrument ON effect_answer (instrument_id);

CREATE TRIGGER effect_answer_removed AFTER DELETE ON effect_answer BEGIN INSERT INTO effect_sums_stale (group_id)
      SELECT e.group_id FROM enrolment e WHERE e.id = OLD.enrolment_id AND e.group_id IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM effect_sums_stale s WHERE s.group_id = e.group_id); END;

CREATE TRIGGER effect_enrolment_moved AFTER UPDATE OF group_id ON enrolment
    WHEN OLD.group_id IS NOT NEW.group_id AND EXISTS (SELECT 1 FROM effect_answer WHERE enrolment_id = NEW.id) BEGIN
      INSERT INTO effect_sums_stale (group_id) SELECT OLD.group_id WHERE OLD.group_id IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM effect_sums_stale WHERE group_id = OLD.group_id);
      INSERT INTO effect_sums_stale (group_id) SELECT NEW.group_id WHERE NEW.group_id IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM effect_sums_stale WHERE group_id = NEW.group_id);
    END;

CREATE TRIGGER effect_enrolment_removed BEFORE DELETE ON enrolment
    WHEN OLD.group_id IS NOT NULL AND EXISTS (SELECT 1 FROM effect_answer WHERE enrolment_id = OLD.id) BEGIN
      INSERT INTO effect_sums_stale (group_id) SELECT OLD.group_id WHERE OLD.group_id IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM effect_sums_stale WHERE group_id = OLD.group_id);
    END;

CREATE TABLE effect_group_sums (
      id INTEGER PRIMARY KEY,
      group_id INTEGER NOT NULL REFERENCES support_group (id),
      instrument_id INTEGER NOT NULL REFERENCES effect_instrument (id),
      scale INTEGER NOT NULL CHECK (scale >= 0),
      comparison TEXT NOT NULL CHECK (comparison IN ('after', 'followUp')),
      n INTEGER NOT NULL CHECK (n >= 1),
      sum_before REAL NOT NULL,
      sum_after REAL NOT NULL,
      sum_change REAL NOT NULL,
      sum_change_squared REAL NOT NULL CHECK (sum_change_squared >= 0),
      improved INTEGER NOT NULL CHECK (improved >= 0),
      unchanged INTEGER NOT NULL CHECK (unchanged >= 0),
      worse INTEGER NOT NULL CHECK (worse >= 0),
      erased_on TEXT,
      CHECK (improved + unchanged + worse = n)
    ) STRICT;

CREATE INDEX effect_group_sums_group ON effect_group_sums (group_id);

CREATE INDEX effect_group_sums_instrument ON effect_group_sums (instrument_id);

CREATE UNIQUE INDEX effect_group_sums_live ON effect_group_sums (group_id, instrument_id, scale, comparison)
    WHERE erased_on IS NULL;

CREATE TABLE effect_instrument (
      id INTEGER PRIMARY KEY,
      organisation_id INTEGER NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
      name TEXT NOT NULL,
      respondent TEXT NOT NULL CHECK (respondent IN ('child', 'fosterFamily', 'groupLeader')),
      definition TEXT NOT NULL CHECK (json_valid(definition)),
      created_at TEXT NOT NULL,
      UNIQUE (organisation_id, name)
    ) STRICT;

CREATE TRIGGER effect_instrument_changed AFTER UPDATE OF definition ON effect_instrument BEGIN
      INSERT INTO effect_sums_stale (group_id)
      SELECT DISTINCT e.group_id FROM effect_answer a JOIN enrolment e ON e.id = a.enrolment_id
      WHERE a.instrument_id = NEW.id AND e.group_id IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM effect_sums_stale s WHERE s.group_id = e.group_id);
    END;

CREATE TABLE effect_sums_stale (group_id INTEGER PRIMARY KEY) STRICT;

CREATE TABLE enrolment (
      id INTEGER PRIMARY KEY,
      child_id INTEGER NOT NULL REFERENCES child (id) ON DELETE CASCADE,
      programme_id INTEGER NOT NULL REFERENCES programme (id),
      group_id INTEGER REFERENCES support_group (id),
      status TEXT NOT NULL CHECK (status IN ('interest', 'waitlisted', 'offered', 'admitted', 'participating', 'completed', 'cancelled')),
      referred_on TEXT NOT NULL,
      cancel_reason TEXT NOT NULL DEFAULT '',
      age_override_reason TEXT NOT NULL DEFAULT '',
      notice_informed_on TEXT,
      notice_informed_by TEXT NOT NULL DEFAULT '',
      notice_informed_whom TEXT NOT NULL DEFAULT '',
      child_view_on TEXT,
      child_view_summary TEXT NOT NULL DEFAULT '',
      child_view_by TEXT NOT NULL DEFAULT '',
      pre_visit_kind TEXT CHECK (pre_visit_kind IN ('homeVisit', 'visitToOrganisation')),
      pre_visit_on TEXT,
      pre_visit_by TEXT NOT NULL DEFAULT '',
      fee_applies INTEGER NOT NULL DEFAULT 0 CHECK (fee_applies IN (0, 1)),
      fee_amount_ore INTEGER NOT NULL DEFAULT 0 CHECK (fee_amount_ore >= 0),
      fee_invoiced_on TEXT,
      fee_paid_on TEXT,
      -- Cached results of the consent rules, refreshed on every change that
      -- feeds them, so lists and the dashboard can filter without recomputing.
      gate_ready INTEGER NOT NULL DEFAULT 0 CHECK (gate_ready IN (0, 1)),
      consent_paused INTEGER NOT NULL DEFAULT 0 CHECK (consent_paused IN (0, 1)),
      version INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

CREATE TABLE enrolment_attendance (
      enrolment_id INTEGER PRIMARY KEY REFERENCES enrolment (id) ON DELETE CASCADE,
      attended INTEGER NOT NULL CHECK (attended >= 0),
      recorded INTEGER NOT NULL CHECK (recorded >= attended)
    ) STRICT;

CREATE INDEX enrolment_child ON enrolment (child_id, status);

CREATE INDEX enrolment_group ON enrolment (group_id, status);

CREATE INDEX enrolment_paused ON enrolment (consent_paused) WHERE consent_paused = 1;

CREATE INDEX enrolment_programme_status ON enrolment (programme_id, status, referred_on);

CREATE INDEX enrolment_report ON enrolment (group_id, status, referred_on, child_id, fee_applies, fee_amount_ore, updated_at);

CREATE INDEX enrolment_ungrouped ON enrolment (programme_id, status, referred_on) WHERE group_id IS NULL;

CREATE INDEX enrolment_waiting ON enrolment (referred_on, id)
    WHERE status IN ('interest', 'waitlisted');

CREATE TABLE erasure_run (
      id INTEGER PRIMARY KEY,
      erased_at TEXT NOT NULL,
      user_id INTEGER REFERENCES user (id),
      groups INTEGER NOT NULL,
      enrolments INTEGER NOT NULL,
      children_deleted INTEGER NOT NULL,
      children_kept INTEGER NOT NULL
    ) STRICT;

CREATE TABLE exchange_identity (
      id INTEGER PRIMARY KEY,
      organisation_name TEXT NOT NULL,
      org_number TEXT NOT NULL,
      installation_name TEXT NOT NULL,
      age_identity TEXT NOT NULL,
      age_recipient TEXT NOT NULL UNIQUE,
      signing_private_key TEXT NOT NULL,
      signing_key TEXT NOT NULL UNIQUE,
      -- The card that announced this identity, signed by it (and by the one before after a rotation).
      card TEXT NOT NULL,
      created_at TEXT NOT NULL,
      created_by_user_id INTEGER REFERENCES user (id),
      retired_at TEXT
    ) STRICT;

CREATE UNIQUE INDEX exchange_identity_current ON exchange_identity ((1)) WHERE retired_at IS NULL;

CREATE TABLE exchange_package (
      id INTEGER PRIMARY KEY,
      package_id TEXT NOT NULL,
      direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
      kind TEXT NOT NULL CHECK (kind IN ('referral', 'receipt', 'registrationNotice', 'consentChange', 'handBack', 'report')),
      partner_id INTEGER NOT NULL REFERENCES exchange_partner (id),
      created_at TEXT NOT NULL,
      expires_at TEXT NOT NULL,
      handled_at TEXT NOT NULL,
      handled_by_user_id INTEGER REFERENCES user (id),
      item_count INTEGER NOT NULL DEFAULT 0,
      -- A receipt or registration notice: the package it answers.
      answers_package_id TEXT,
      -- Out: when the partner's receipt came back. In: when our receipt was made.
      receipt_at TEXT,
      UNIQUE (direction, package_id)
    ) STRICT;

CREATE INDEX exchange_package_answers ON exchange_package (answers_package_id) WHERE answers_package_id IS NOT NULL;

CREATE TABLE exchange_package_child (
      id INTEGER PRIMARY KEY,
      package_id TEXT NOT NULL,
      child_id INTEGER NOT NULL REFERENCES child (id) ON DELETE CASCADE,
      UNIQUE (package_id, child_id)
    ) STRICT;

CREATE INDEX exchange_package_child_child ON exchange_package_child (child_id);

CREATE TABLE exchange_partner (
      id INTEGER PRIMARY KEY,
      organisation_name TEXT NOT NULL,
      org_number TEXT NOT NULL,
      installation_name TEXT NOT NULL,
      age_recipient TEXT NOT NULL UNIQUE,
      signing_key TEXT NOT NULL UNIQUE,
      card_created_at TEXT NOT NULL,
      imported_at TEXT NOT NULL,
      imported_by_user_id INTEGER REFERENCES user (id),
      verified_at TEXT,
      verified_by_user_id INTEGER REFERENCES user (id),
      verified_by_name TEXT NOT NULL DEFAULT '',
      rotated_at TEXT,
      disabled_at TEXT,
      organisation_id INTEGER REFERENCES organisation (id) ON DELETE SET NULL,
      district TEXT NOT NULL DEFAULT '',
      CHECK ((verified_at IS NULL) = (verified_by_user_id IS NULL))
    ) STRICT;

CREATE TABLE exchange_received_file (
      id INTEGER PRIMARY KEY,
      package_id TEXT NOT NULL,
      name TEXT NOT NULL,
      data BLOB NOT NULL,
      received_at TEXT NOT NULL,
      UNIQUE (package_id, name)
    ) STRICT;

CREATE TABLE exchange_subject (
      id INTEGER PRIMARY KEY,
      partner_id INTEGER NOT NULL REFERENCES exchange_partner (id),
      subject_ref TEXT NOT NULL,
      child_id INTEGER NOT NULL REFERENCES child (id) ON DELETE CASCADE,
      enrolment_id INTEGER REFERENCES enrolment (id) ON DELETE SET NULL,
      -- The package that created or last updated it (the source of the child here).
      source_package_id TEXT NOT NULL,
      group_name TEXT NOT NULL DEFAULT '',
      group_start TEXT,
      -- The registration notice that told (organisation) or reached (district) the other side.
      notice_package_id TEXT,
      notice_received_at TEXT,
      UNIQUE (partner_id, subject_ref)
    ) STRICT;

CREATE INDEX exchange_subject_child ON exchange_subject (child_id);

CREATE INDEX exchange_subject_enrolment ON exchange_subject (enrolment_id) WHERE enrolment_id IS NOT NULL;

CREATE INDEX exchange_subject_notice ON exchange_subject (notice_package_id) WHERE notice_package_id IS NOT NULL;

CREATE TABLE extension_decision (
      id INTEGER PRIMARY KEY,
      agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
      for_end TEXT NOT NULL,
      due_by TEXT,
      decided_on TEXT NOT NULL,
      outcome TEXT NOT NULL CHECK (outcome IN ('extend', 'notExtend')),
      new_end TEXT,
      amendment_id INTEGER REFERENCES amendment (id) ON DELETE CASCADE,
      note TEXT NOT NULL DEFAULT '',
      recorded_by_user_id INTEGER REFERENCES user (id),
      recorded_at TEXT NOT NULL,
      CHECK ((outcome = 'extend') = (new_end IS NOT NULL))
    ) STRICT;

CREATE INDEX extension_decision_agreement ON extension_decision (agreement_id);

CREATE TABLE feedback (
      id INTEGER PRIMARY KEY,
      agreement_id INTEGER NOT NULL REFERENCES agreement (id),
      programme_id INTEGER REFERENCES programme (id),
      received_on TEXT NOT NULL,
      channel TEXT NOT NULL CHECK (channel IN ('conversation', 'phone', 'email', 'letter', 'form', 'other')),
      category TEXT NOT NULL CHECK (category IN ('praise', 'suggestion', 'complaint', 'question')),
      summary TEXT NOT NULL,
      response TEXT NOT NULL DEFAULT '',
      closed INTEGER NOT NULL DEFAULT 0 CHECK (closed IN (0, 1)),
      closed_on TEXT,
      version INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

CREATE INDEX feedback_agreement ON feedback (agreement_id, received_on);

CREATE TABLE form_draft (
      id INTEGER PRIMARY KEY,
      user_id INTEGER NOT NULL REFERENCES user (id) ON DELETE CASCADE,
      form TEXT NOT NULL CHECK (form IN ('agreement', 'amendment', 'child', 'group', 'meeting', 'consent')),
      record_id INTEGER NOT NULL CHECK (record_id >= 0),
      agreement_id INTEGER REFERENCES agreement (id) ON DELETE CASCADE,
      child_id INTEGER REFERENCES child (id) ON DELETE CASCADE,
      group_id INTEGER REFERENCES support_group (id) ON DELETE CASCADE,
      enrolment_id INTEGER REFERENCES enrolment (id) ON DELETE CASCADE,
      payload TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      UNIQUE (user_id, form, record_id),
      CHECK (
        (agreement_id IS NOT NULL) + (child_id IS NOT NULL) + (group_id IS NOT NULL) + (enrolment_id IS NOT NULL)
          = (record_id > 0)
      ),
      CHECK (record_id = 0 OR record_id = coalesce(agreement_id, child_id, group_id, enrolment_id))
    ) STRICT;

CREATE INDEX form_draft_agreement ON form_draft (agreement_id) WHERE agreement_id IS NOT NULL;

CREATE INDEX form_draft_child ON form_draft (child_id) WHERE child_id IS NOT NULL;

CREATE INDEX form_draft_enrolment ON form_draft (enrolment_id) WHERE enrolment_id IS NOT NULL;

CREATE INDEX form_draft_group ON form_draft (group_id) WHERE group_id IS NOT NULL;

CREATE INDEX form_draft_updated ON form_draft (updated_at);

CREATE TABLE group_session (
      id INTEGER PRIMARY KEY,
      group_id INTEGER NOT NULL REFERENCES support_group (id) ON DELETE CASCADE,
      date TEXT NOT NULL,
      start_time TEXT NOT NULL,
      minutes INTEGER NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('session', 'fullDay', 'followUp')),
      cancelled INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1))
    ) STRICT;

CREATE INDEX group_session_group ON group_session (group_id, date);

CREATE TABLE guardian (
      id INTEGER PRIMARY KEY,
      child_id INTEGER NOT NULL REFERENCES child (id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      name TEXT NOT NULL,
      phone TEXT NOT NULL DEFAULT '',
      email TEXT NOT NULL DEFAULT '',
      has_custody INTEGER NOT NULL CHECK (has_custody IN (0, 1))
    , representative TEXT
    CHECK (representative IN ('godMan', 'specialCustodian'))) STRICT;

CREATE INDEX guardian_child ON guardian (child_id);

CREATE TABLE handback_enrolment (
      enrolment_id INTEGER NOT NULL,
      package_id INTEGER NOT NULL REFERENCES handback_package (id),
      PRIMARY KEY (enrolment_id, package_id)
    ) STRICT, WITHOUT ROWID;

CREATE TABLE handback_package (
      id INTEGER PRIMARY KEY,
      created_at TEXT NOT NULL,
      created_by_user_id INTEGER REFERENCES user (id),
      district TEXT NOT NULL,
      file_name TEXT NOT NULL,
      enrolment_count INTEGER NOT NULL,
      sha256 TEXT NOT NULL
    ) STRICT;

CREATE TABLE "kysely_migration" ("name" varchar(255) not null primary key, "timestamp" varchar(255) not null);

CREATE TABLE "kysely_migration_lock" ("id" varchar(255) not null primary key, "is_locked" integer default 0 not null);

CREATE TABLE organisation (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      name_folded TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('municipality', 'region', 'stateAgency', 'nonprofit')),
      org_number TEXT NOT NULL UNIQUE,
      street TEXT NOT NULL DEFAULT '',
      postal_code TEXT NOT NULL DEFAULT '',
      city TEXT NOT NULL DEFAULT '',
      payment_account_kind TEXT CHECK (payment_account_kind IN ('bankgiro', 'plusgiro')),
      payment_account_number TEXT,
      version INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

CREATE TABLE organisation_contact (
      id INTEGER PRIMARY KEY,
      organisation_id INTEGER NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      name TEXT NOT NULL,
      role TEXT NOT NULL DEFAULT '',
      phone TEXT NOT NULL DEFAULT '',
      email TEXT NOT NULL DEFAULT ''
    ) STRICT;

CREATE INDEX organisation_contact_organisation ON organisation_contact (organisation_id);

CREATE INDEX organisation_name_folded ON organisation (name_folded);

CREATE TABLE organisation_requirement (
      organisation_id INTEGER NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
      requirement TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('met', 'notMet', 'unknown')),
      comment TEXT NOT NULL DEFAULT '',
      checked_on TEXT,
      checked_by_user_id INTEGER REFERENCES user (id),
      PRIMARY KEY (organisation_id, requirement)
    ) STRICT;

CREATE TABLE participation_record (
      id INTEGER PRIMARY KEY,
      person_id INTEGER NOT NULL REFERENCES anonymous_person (id),
      agreement_id INTEGER NOT NULL REFERENCES agreement (id),
      programme_id INTEGER NOT NULL REFERENCES programme (id),
      group_id INTEGER NOT NULL REFERENCES support_group (id),
      status TEXT NOT NULL CHECK (status IN ('interest', 'waitlisted', 'offered', 'admitted', 'participating', 'completed', 'cancelled')),
      referred_on TEXT NOT NULL,
      ended_on TEXT,
      age_band TEXT NOT NULL CHECK (age_band IN ('6-9', '10-12', '13-15', '16-18', '19-24', 'other', 'unknown')),
      gender TEXT NOT NULL CHECK (gender IN ('girl', 'boy', 'other', 'undisclosed')),
      -- '' for a child with protected identity: counted, never placed.
      district TEXT NOT NULL,
      protected_identity INTEGER NOT NULL CHECK (protected_identity IN (0, 1)),
      placement_basis TEXT NOT NULL CHECK (placement_basis IN ('SoL', 'LVU', 'none')),
      other_municipality INTEGER NOT NULL CHECK (other_municipality IN (0, 1)),
      fee_ore INTEGER NOT NULL CHECK (fee_ore >= 0),
      sessions_attended INTEGER NOT NULL CHECK (sessions_attended >= 0),
      sessions_recorded INTEGER NOT NULL CHECK (sessions_recorded >= 0),
      erased_on TEXT NOT NULL
    ) STRICT;

CREATE INDEX participation_record_agreement ON participation_record (agreement_id, group_id);

CREATE INDEX participation_record_group ON participation_record (group_id);

CREATE INDEX participation_record_person ON participation_record (person_id);

CREATE TABLE programme (
      id INTEGER PRIMARY KEY,
      agreement_id INTEGER NOT NULL REFERENCES agreement (id),
      name TEXT NOT NULL,
      format TEXT NOT NULL CHECK (format IN ('weekly', 'weekend', 'custom')),
      session_count INTEGER NOT NULL CHECK (session_count BETWEEN 1 AND 60),
      session_minutes INTEGER NOT NULL CHECK (session_minutes > 0),
      interval_days INTEGER NOT NULL DEFAULT 7,
      follow_up_weeks INTEGER NOT NULL DEFAULT 0,
      follow_up_minutes INTEGER NOT NULL DEFAULT 0,
      age_min INTEGER NOT NULL,
      age_max INTEGER NOT NULL,
      group_size_min INTEGER NOT NULL DEFAULT 5,
      group_size_max INTEGER NOT NULL DEFAULT 8,
      target_groups_per_year INTEGER,
      target_children_per_year INTEGER,
      version INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL, organisation_id INTEGER REFERENCES organisation (id),
      CHECK (age_min <= age_max),
      CHECK (group_size_min <= group_size_max)
    ) STRICT;

CREATE INDEX programme_agreement ON programme (agreement_id);

CREATE TABLE programme_instrument (
      programme_id INTEGER NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
      instrument_id INTEGER NOT NULL REFERENCES effect_instrument (id) ON DELETE CASCADE,
      follow_up_months INTEGER CHECK (follow_up_months BETWEEN 1 AND 36),
      PRIMARY KEY (programme_id, instrument_id)
    ) STRICT;

CREATE INDEX programme_instrument_instrument ON programme_instrument (instrument_id);

CREATE INDEX programme_organisation ON programme (agreement_id, organisation_id);

CREATE TABLE protection_change (
      id INTEGER PRIMARY KEY,
      child_id INTEGER NOT NULL REFERENCES child (id) ON DELETE CASCADE,
      change TEXT NOT NULL CHECK (change IN ('set', 'lifted')),
      reason TEXT NOT NULL,
      changed_by_user_id INTEGER REFERENCES user (id),
      changed_at TEXT NOT NULL
    ) STRICT;

CREATE INDEX protection_change_child ON protection_change (child_id);

CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;

CREATE TABLE sqlite_sequence(name,seq);

CREATE TABLE support_group (
      id INTEGER PRIMARY KEY,
      programme_id INTEGER NOT NULL REFERENCES programme (id),
      parent_group_id INTEGER REFERENCES support_group (id),
      name TEXT NOT NULL,
      leaders_json TEXT NOT NULL DEFAULT '[]',
      location TEXT NOT NULL DEFAULT '',
      start_date TEXT NOT NULL,
      start_time TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('planned', 'open', 'running', 'finished', 'cancelled')),
      age_min INTEGER,
      age_max INTEGER,
      version INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

CREATE INDEX support_group_active ON support_group (start_date)
    WHERE status IN ('planned', 'open', 'running');

CREATE INDEX support_group_parent ON support_group (parent_group_id);

CREATE INDEX support_group_programme ON support_group (programme_id, start_date);

CREATE INDEX support_group_start ON support_group (start_date);

CREATE INDEX support_group_upcoming ON support_group (programme_id, start_date)
    WHERE status IN ('planned', 'open');

CREATE TABLE user (
      id INTEGER PRIMARY KEY,
      username TEXT NOT NULL UNIQUE,
      display_name TEXT NOT NULL,
      role TEXT NOT NULL CHECK (role IN ('admin', 'caseworker', 'coordinator', 'viewer')),
      disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
      must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
