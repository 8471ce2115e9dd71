-- Administrators edit a loaded year of the working-day calendar day by day: who changed it last and when, beside who
-- loaded it (an import resets these). MariaDB 10.11+ (also runs on 11.4).
ALTER TABLE calendar_year
    ADD COLUMN updated_at DATETIME(6) NULL AFTER loaded_by,
    ADD COLUMN updated_by VARCHAR(64) NULL AFTER updated_at;
