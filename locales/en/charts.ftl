# Progress as a picture (/progress): the words drawn in the chart.

chart-province-title = Progress: { $campaign }
chart-subtitle = Updated { $at } · Due { $deadline } · Submitted { $submitted }/{ $total } units
chart-submitted = Submitted
chart-in-progress = In progress
chart-not-started = Not started
chart-by-cluster = By cluster
chart-by-kind = By unit kind
chart-no-cluster = No cluster
chart-per-day = Units submitting each day (red line: deadline)
chart-staff-title = Staff registered — { $unit }
chart-staff-subtitle = { $campaign } · Updated { $at } · Due { $deadline }
chart-answered = Registered ({ $count })
chart-not-yet = Not yet ({ $count })
chart-approved = Approved
chart-pending = Waiting for review
chart-returned = Returned for changes
chart-caption = 📊 Progress chart
digest-text =
    📅 Weekly digest: { $campaign }
    Due { $deadline } ({ $days } days left). { $count } units have not submitted:
    { $units }
    Type /progress for the details, /broadcast to remind the units that have not submitted.
