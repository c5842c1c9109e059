-- The roll-up of an indicator over a period range reads only this index (an index-only scan): the figures in
-- (indicator, kind, start) order with the unit and the values to add up, never the table's rows.
CREATE INDEX figure_roll_up_idx ON figure (indicator_id, period_kind, period_start)
    INCLUDE (unit_id, period_end, figure_value, numerator, denominator);
