#pragma once

#include <QByteArray>

namespace miq {

// How a delimited text file is written: found by CsvSniffer, each part overridable in the
// source's settings.
struct CsvDialect
{
    char delimiter = ',';
    char quote = '"'; // 0: fields are never quoted
    bool header = true;
    // Canonical name (UTF-8, UTF-16LE, UTF-16BE, ISO-8859-1, windows-1252) or another charset
    // name that QStringDecoder knows.
    QByteArray encoding = "UTF-8";
};

} // namespace miq
