-- The global search (全局搜索) looks records up by number and credit code as well as by name. Names are matched
-- anywhere in the name (a scan within the user's scope, which the scope's own indexes bound); numbers and credit codes
-- by their start, which an index serves. Already indexed: recognition_application.reference_no (unique),
-- unit.credit_code (unique), unit.name, center.name (unique), center.lead_unit_name, expert.name. Missing until now:
-- a center's recognition document number and an expert's unit credit code. MariaDB 10.11+ (also 11.4).
CREATE INDEX ix_center_decision_number ON center (decision_number);
CREATE INDEX ix_expert_unit_credit_code ON expert (unit_credit_code);
