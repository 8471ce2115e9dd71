-- the unit administrator's approval (申报单位管理员审核): while a case waits in a stage of the unit's own, it has not
-- left the unit, so neither its recommending body nor the bureau sees it (even after a return and a new submission)
ALTER TABLE recognition_application
    ADD COLUMN with_unit BOOLEAN NOT NULL DEFAULT FALSE;
