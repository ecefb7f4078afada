## Rules current in 2026 (rule set NĐ 152/2025)

rule-recruited-recently = Recruited on { $recruited }, only { $months } months before the review; people recruited less than { $min } months earlier are not considered for titles (Circular 01/2024/TT-BNV).
rule-cstdcs-needs-htxsnv-or-initiative = Grassroots Emulation Fighter requires an "excellently completed tasks" rating or an initiative or research recognised in school year { $year }; neither is recorded yet.
