## /report (/baocao): the year's report (báo cáo tổng kết), for the Department office

telegram-cmd-report = The school year's report (figures)
help-report-office = Year report: /report (/baocao) drafts the figures of the school year's report (ratings, titles, awards, sáng kiến, điển hình tiên tiến; by unit kind and cluster, against the year before): an Excel file with the list behind every figure and forms 0602 and 0603 of Circular 02/2023/TT-BNV, or a Word draft of the statistics and the appendix.
report-pick-year = Which school year's report? (Its figures are compared with the year before.)
report-year = School year { $year }
report-pick-format = Report of the school year { $year }: choose the file.
report-format-xlsx = 📊 Excel: figures, lists, statistical forms
report-format-docx = 📄 Word: draft of the statistics and appendix
report-caption = Figures of the school year { $year } report (against { $previous }), made at { $at }.
report-bad-year = Write the school year as 2025-2026, e.g. /report 2025-2026.
report-not-allowed = The year's report is for the Department office only.
web-report-title = Report of the school year { $year }
web-report-note = Ratings, titles, awards, sáng kiến and điển hình tiên tiến of the school year against the year before; every figure comes with its list. In the chat: /report (/baocao).
