# Background jobs: a province's Word documents built outside the chat, with progress and the file at the end.
jobs-documents-queued = Building { $total } documents… The zip will be sent here when it is ready; meanwhile you can use other commands as usual.
jobs-documents-joined = The units' documents are already being built for an earlier request. The zip will be sent to you as soon as it is ready.
jobs-documents-started = Started building { $total } registration documents of the units…
jobs-documents-progress = Building documents: { $done }/{ $total }…
jobs-documents-done = { $total } registration documents are ready: { $name }
jobs-documents-empty = No unit has started registering yet, so there are no documents to build.
jobs-documents-failed = The units' documents could not be built because of a system error. Please try again in a few minutes with /export.
