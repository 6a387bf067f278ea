#pragma once

#include <QFile>

namespace miq {

// Where a delimited file can be cut into pieces that parse on their own: the first line end
// after `target` that lies outside quotes, judged by the parity of the quote characters from
// `from` (a position outside quotes, such as the start of a record) on; a doubled quote counts
// twice. Returns the offset after that line end, or -1 when there is none before `size` (or the
// file cannot be mapped). The bytes are looked at through a memory map of 16 MiB at a time,
// unmapped after: no copy, and none of them stays in the process's resident memory. A quote
// inside an unquoted field misleads the count: readers of the pieces must check that each one
// ends where the next begins (CsvReader::stopAt()).
qint64 recordCutAfter(QFile &file, qint64 from, qint64 target, qint64 size, char quote);

} // namespace miq
