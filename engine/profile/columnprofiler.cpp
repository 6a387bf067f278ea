#include "engine/profile/columnprofiler.h"

#include "engine/sync/valueparsers.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace miq {

namespace {

constexpr std::int64_t microsPerDay = 86400LL * 1000000LL;
const char *const quantileNames[] = {"p1", "p5", "p25", "p50", "p75", "p95", "p99"};

QString fromStd(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString isoText(std::int64_t micros, bool dateOnly, bool zoned)
{
    std::string s;
    if (dateOnly) {
        appendDate(s, micros >= 0 ? micros / microsPerDay : -((-micros + microsPerDay - 1) / microsPerDay));
    } else {
        appendTimestamp(s, micros);
        if (s.size() > 10)
            s[10] = 'T';
        if (zoned)
            s += 'Z';
    }
    return fromStd(s);
}

QString timeText(std::int64_t micros)
{
    std::string s;
    appendTimestamp(s, micros);
    return fromStd(s.substr(11));
}

// The words of a column name: "customerId" / "customer_id" / "Customer ID" -> customer, id.
QStringList nameTokens(const QString &name)
{
    QStringList tokens;
    QString current;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name[i];
        const bool boundary = !c.isLetterOrNumber() || (c.isUpper() && i > 0 && name[i - 1].isLower());
        if (boundary && !current.isEmpty()) {
            tokens << current.toLower();
            current.clear();
        }
        if (c.isLetterOrNumber())
            current += c;
    }
    if (!current.isEmpty())
        tokens << current.toLower();
    return tokens;
}

bool tokenIn(const QStringList &tokens, std::initializer_list<const char *> words)
{
    for (const char *w : words)
        if (tokens.contains(QLatin1String(w)))
            return true;
    return false;
}

bool nameHas(const QString &lowerName, std::initializer_list<const char *> words)
{
    for (const char *w : words)
        if (lowerName.contains(QLatin1String(w)))
            return true;
    return false;
}

// Which reading a separator's ordered dates use, and why (empty reason when no such dates).
bool decideDayFirst(const OrderedDates &o, char separator, QString &reason)
{
    const std::int64_t total = o.dayFirstOnly + o.monthFirstOnly + o.both;
    const QLocale locale;
    bool dayFirst = separator != '/';
    if (o.dayFirstOnly > o.monthFirstOnly)
        dayFirst = true;
    else if (o.monthFirstOnly > o.dayFirstOnly)
        dayFirst = false;
    if (total == 0)
        return dayFirst;
    const QString sep = QString(QLatin1Char(separator));
    const QString chosen = dayFirst ? QStringLiteral("DD%1MM%1YYYY").arg(sep) : QStringLiteral("MM%1DD%1YYYY").arg(sep);
    const QString other = dayFirst ? QStringLiteral("MM%1DD%1YYYY").arg(sep) : QStringLiteral("DD%1MM%1YYYY").arg(sep);
    const std::int64_t forChosen = dayFirst ? o.dayFirstOnly : o.monthFirstOnly;
    const std::int64_t forOther = dayFirst ? o.monthFirstOnly : o.dayFirstOnly;
    if (forChosen == 0 && forOther == 0) {
        reason = ColumnProfiler::tr("Dates written with '%1' are read as %2 by convention: all %3 of them have both parts "
                                    "at most 12, so the data cannot tell day from month.")
                     .arg(sep, chosen, locale.toString(qlonglong(total)));
    } else if (forOther == 0) {
        reason = ColumnProfiler::tr("Dates written with '%1' are read as %2: %3 of %4 such values only make sense in "
                                    "that order (a part above 12 where the day goes) and none contradicts it.")
                     .arg(sep, chosen, locale.toString(qlonglong(forChosen)), locale.toString(qlonglong(total)));
    } else {
        reason = ColumnProfiler::tr("Dates written with '%1' are read as %2: %3 values only fit that order against %4 "
                                    "that only fit %5 (those %4 are counted as not fitting).")
                     .arg(sep, chosen, locale.toString(qlonglong(forChosen)), locale.toString(qlonglong(forOther)), other);
    }
    return dayFirst;
}

QList<HistogramBin> toBins(const std::vector<ColumnSummary::Bin> &bins)
{
    QList<HistogramBin> out;
    for (const ColumnSummary::Bin &b : bins)
        out.append(HistogramBin{b.low, b.high, b.count});
    return out;
}

} // namespace

ProfileColumn ColumnProfiler::build(const Field &field, const ColumnSummary &summary, bool streamIsFile,
                                    ColumnFacts &facts)
{
    const ColumnStats &s = summary.stats;
    ProfileColumn col;
    col.name = field.name;
    col.sourceType = field.type;
    col.count = summary.rows;
    col.nulls = summary.nulls;
    col.blanks = summary.blanks;
    col.zeros = s.zeros;
    col.negatives = s.negatives;
    col.distinct = summary.distinct;
    col.distinctExact = summary.exact;
    col.unique = summary.unique;
    const std::int64_t nonBlank = s.values;
    col.duplicates = std::max<std::int64_t>(0, nonBlank - summary.distinct);
    facts.nonBlank = nonBlank;
    facts.maxValueCount = summary.maxValueCount;
    facts.entropy = summary.entropy;
    facts.sampleLevel = summary.sampleLevel;
    facts.noRepeats = summary.noRepeats;
    facts.numericValues = s.finiteNumbers;
    facts.textColumn = field.type == ColumnType::String || field.type == ColumnType::Bytes || field.type == ColumnType::Decimal;
    facts.cardShape = s.cardShape;
    facts.ibanShape = s.ibanShape;
    const QString lowerName = field.name.toLower();

    // Day/month order of ordered dates, per separator; the dates of the chosen reading.
    bool dayFirst[ColumnStats::separators];
    QStringList reasons;
    std::int64_t orderedConforming = 0;
    facts.dates = s.iso;
    for (int i = 0; i < ColumnStats::separators; ++i) {
        QString reason;
        dayFirst[i] = decideDayFirst(s.ordered[i], ColumnStats::separatorChar(i), reason);
        if (!reason.isEmpty())
            reasons << reason;
        const OrderedDates &o = s.ordered[i];
        orderedConforming += dayFirst[i] ? o.validDayFirst() : o.validMonthFirst();
        facts.dates.merge(dayFirst[i] ? o.dayFirst : o.monthFirst);
    }
    col.dayMonthDecision = reasons.join(QLatin1Char(' '));

    // Type inference: the type holding the most values, the narrowest among equals, if it holds
    // at least typeThreshold of them.
    const std::int64_t dateConforming = s.isoDates + orderedConforming;
    const std::int64_t timestampConforming = s.isoDates + s.timestamps + s.timestampsTz;
    switch (field.type) {
    case ColumnType::Int64: col.inferredType = ProfileType::Integer; facts.conforming = nonBlank; break;
    case ColumnType::Double: col.inferredType = ProfileType::Float; facts.conforming = nonBlank; break;
    case ColumnType::Bool: col.inferredType = ProfileType::Boolean; facts.conforming = nonBlank; break;
    case ColumnType::Date: col.inferredType = ProfileType::Date; facts.conforming = nonBlank; break;
    case ColumnType::Timestamp: col.inferredType = ProfileType::TimestampTz; facts.conforming = nonBlank; break;
    case ColumnType::Decimal:
        col.inferredType = ProfileType::Decimal;
        facts.conforming = s.numbers;
        col.nonConformingExamples.clear();
        for (const std::string &e : s.notNumber.values)
            col.nonConformingExamples << fromStd(e);
        break;
    default: {
        struct Candidate
        {
            ProfileType type;
            std::int64_t count;
        };
        const Candidate candidates[] = {
            {ProfileType::Boolean, s.boolWord ? s.boolValues : 0},
            {ProfileType::Integer, s.integers},
            {ProfileType::Decimal, s.decimals},
            {ProfileType::Float, s.finiteNumbers > 0 ? s.numbers : 0},
            {ProfileType::Date, dateConforming},
            {s.timestampsTz > s.timestamps ? ProfileType::TimestampTz : ProfileType::Timestamp, timestampConforming},
            {ProfileType::Time, s.times},
        };
        col.inferredType = nonBlank == 0 ? ProfileType::Empty : ProfileType::Text;
        facts.conforming = nonBlank;
        std::int64_t best = 0;
        for (const Candidate &c : candidates) {
            if (c.count > best && double(c.count) >= typeThreshold * double(nonBlank)) {
                best = c.count;
                col.inferredType = c.type;
                facts.conforming = c.count;
            }
        }
        const ExampleList *examples = nullptr;
        switch (col.inferredType) {
        case ProfileType::Boolean: examples = &s.notBool; break;
        case ProfileType::Integer: examples = &s.notInteger; break;
        case ProfileType::Decimal: examples = &s.notDecimal; break;
        case ProfileType::Float: examples = &s.notNumber; break;
        case ProfileType::Timestamp:
        case ProfileType::TimestampTz: examples = &s.notTimestamp; break;
        case ProfileType::Time: examples = &s.notTime; break;
        case ProfileType::Date: {
            ExampleList merged;
            for (int i = 0; i < ColumnStats::separators; ++i)
                merged.merge(dayFirst[i] ? s.ordered[i].notDayFirst : s.ordered[i].notMonthFirst);
            merged.merge(s.notDate);
            for (const std::string &e : merged.values)
                col.nonConformingExamples << fromStd(e);
            break;
        }
        default: break;
        }
        if (examples)
            for (const std::string &e : examples->values)
                col.nonConformingExamples << fromStd(e);
        break;
    }
    }
    col.nonConformingCount = std::max<std::int64_t>(0, nonBlank - facts.conforming);
    if (col.nonConformingCount == 0)
        col.nonConformingExamples.clear();
    while (col.nonConformingExamples.size() > 10)
        col.nonConformingExamples.removeLast();
    col.typeConfidence = nonBlank > 0 ? double(facts.conforming) / double(nonBlank) : 0;

    // Numbers.
    const bool numeric = col.inferredType == ProfileType::Integer || col.inferredType == ProfileType::Decimal
                         || col.inferredType == ProfileType::Float
                         || (nonBlank > 0 && s.finiteNumbers * 2 >= nonBlank && col.inferredType == ProfileType::Text);
    if (numeric && summary.moments.n > 0) {
        const Moments &m = summary.moments;
        col.min = s.numberMin;
        col.max = s.numberMax;
        col.mean = m.mean;
        col.stddev = std::sqrt(m.variance());
        if (const double g1 = m.skewness(); std::isfinite(g1))
            col.skewness = g1;
        if (const double g2 = m.kurtosis(); std::isfinite(g2))
            col.kurtosis = g2;
        col.sum = double(s.sum);
        for (std::size_t i = 0; i < summary.quantiles.size() && i < std::size(quantileNames); ++i)
            col.quantiles.append({QString::fromLatin1(quantileNames[i]), summary.quantiles[i].second});
        col.quantilesExact = summary.quantilesExact;
        col.outliers = summary.outliers;
        col.histogram = toBins(summary.histogram);
    }

    // Text.
    if (facts.textColumn && nonBlank > 0) {
        col.lengthMin = s.lengthMin;
        col.lengthMax = s.lengthMax;
        col.lengthMean = double(s.lengthSum / nonBlank);
        const std::int64_t lo = s.lengthMin;
        const std::int64_t hi = std::min<std::int64_t>(s.lengthMax, std::int64_t(ColumnStats::lengthSlots));
        const std::int64_t span = hi - lo + 1;
        const std::int64_t width = span <= 30 ? 1 : (span + 19) / 20;
        for (std::int64_t b = lo; b <= hi; b += width) {
            std::int64_t n = 0;
            for (std::int64_t l = b; l < b + width && l <= hi; ++l)
                n += s.lengths[std::size_t(l)];
            const bool last = b + width > hi;
            col.lengthHistogram.append(HistogramBin{double(b), double(last ? std::max(s.lengthMax, b + width - 1) + (width == 1 ? 1 : 0) : b + width), n});
        }
        col.leadingWhitespace = s.leading;
        col.trailingWhitespace = s.trailing;
        col.upperCase = s.upper;
        col.lowerCase = s.lower;
        col.mixedCase = s.mixed;
        col.nonAscii = s.nonAscii;
        col.controlChars = s.control;
        std::vector<std::pair<std::string, std::int64_t>> masks(s.masks.counts.begin(), s.masks.counts.end());
        std::sort(masks.begin(), masks.end(), [](const auto &a, const auto &b) {
            return a.second != b.second ? a.second > b.second : a.first < b.first;
        });
        for (std::size_t i = 0; i < masks.size() && int(i) < patternsShown; ++i)
            col.patterns.append(ValueCount{fromStd(masks[i].first), masks[i].second});
    }

    // Dates and times.
    const bool dateType = col.inferredType == ProfileType::Date || col.inferredType == ProfileType::Timestamp
                          || col.inferredType == ProfileType::TimestampTz;
    if (dateType && facts.dates.count > 0) {
        const bool dateOnly = col.inferredType == ProfileType::Date;
        const bool zoned = col.inferredType == ProfileType::TimestampTz;
        col.dateMin = isoText(facts.dates.minMicros, dateOnly, zoned);
        col.dateMax = isoText(facts.dates.maxMicros, dateOnly, zoned);
        facts.dateValues = facts.dates.count;
        for (std::size_t y = 0; y < facts.dates.years.size(); ++y)
            if (facts.dates.years[y])
                col.byYear.append(ValueCount{QString::number(DateStats::firstYear + int(y)), facts.dates.years[y]});
        for (const auto &[year, n] : facts.dates.otherYears)
            col.byYear.append(ValueCount{QString::number(year), n});
        std::sort(col.byYear.begin(), col.byYear.end(),
                  [](const ValueCount &a, const ValueCount &b) { return a.value.toInt() < b.value.toInt(); });
        for (int m = 0; m < 12; ++m)
            col.byMonth.append(ValueCount{QStringLiteral("%1").arg(m + 1, 2, 10, QLatin1Char('0')), facts.dates.months[std::size_t(m)]});
        static const char *const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
        for (int d = 0; d < 7; ++d)
            col.byWeekday.append(ValueCount{QString::fromLatin1(days[d]), facts.dates.weekdays[std::size_t(d)]});
    } else if (col.inferredType == ProfileType::Time && s.times > 0) {
        col.dateMin = timeText(s.timeMin);
        col.dateMax = timeText(s.timeMax);
    }
    if (dateType || col.inferredType == ProfileType::Time || s.isoDates + s.timestamps + s.timestampsTz + s.times + orderedConforming > 0) {
        for (const auto &[code, n] : s.formats)
            col.dateFormats.append(ValueCount{fromStd(DateFormat::label(code, true)), n});
        for (int i = 0; i < ColumnStats::separators; ++i) {
            const OrderedDates &o = s.ordered[i];
            const std::uint32_t code = DateFormat::Ordered | std::uint32_t(std::uint8_t(ColumnStats::separatorChar(i))) << 16;
            const std::int64_t chosen = o.both + (dayFirst[i] ? o.dayFirstOnly : o.monthFirstOnly);
            const std::int64_t other = dayFirst[i] ? o.monthFirstOnly : o.dayFirstOnly;
            if (chosen > 0)
                col.dateFormats.append(ValueCount{fromStd(DateFormat::label(code, dayFirst[i])), chosen});
            if (other > 0)
                col.dateFormats.append(ValueCount{fromStd(DateFormat::label(code, !dayFirst[i])), other});
        }
        std::sort(col.dateFormats.begin(), col.dateFormats.end(), [](const ValueCount &a, const ValueCount &b) {
            return a.count != b.count ? a.count > b.count : a.value < b.value;
        });
        for (const ValueCount &f : std::as_const(col.dateFormats))
            facts.formatValues += f.count;
        if (!col.dateFormats.isEmpty())
            facts.dominantFormat = col.dateFormats.first().count;
    }

    // Top values.
    for (std::size_t i = 0; i < summary.top.size() && int(i) < topValuesShown; ++i)
        col.topValues.append(ValueCount{fromStd(summary.top[i].text), summary.top[i].count});

    // Semantic types.
    std::int64_t counts[16] = {};
    for (int t = 1; t < 16; ++t)
        counts[t] = s.semantic[std::size_t(t)];
    const std::int64_t phoneFormatted = counts[int(SemanticType::Phone)] - s.phoneBare;
    if (double(phoneFormatted) < 0.3 * double(nonBlank))
        counts[int(SemanticType::Phone)] = phoneFormatted;
    if (!nameHas(lowerName, {"zip", "postal", "postcode", "post_code", "plz"}))
        counts[int(SemanticType::PostalCode)] -= s.postalDigits;
    for (int t = 1; t < 16; ++t)
        if (counts[t] > 0)
            col.formats.append(ValueCount{semanticTypeName(SemanticType(t)), counts[t]});
    std::sort(col.formats.begin(), col.formats.end(), [](const ValueCount &a, const ValueCount &b) {
        return a.count != b.count ? a.count > b.count : a.value < b.value;
    });
    SemanticType best = SemanticType::None;
    std::int64_t bestCount = 0;
    for (int t = 1; t < 16; ++t) {
        const auto type = SemanticType(t);
        // Cards and IBANs are recognised by shape; the checksum decides validity, not the type.
        const std::int64_t evidence = type == SemanticType::CreditCard ? std::max(counts[t], s.cardShape)
                                      : type == SemanticType::Iban     ? std::max(counts[t], s.ibanShape)
                                                                       : counts[t];
        if (type == SemanticType::IsoDate || evidence <= bestCount)
            continue;
        if (double(evidence) >= semanticThreshold * double(nonBlank)) {
            best = type;
            bestCount = evidence;
        }
    }
    if (best == SemanticType::None && double(counts[int(SemanticType::IsoDate)]) >= semanticThreshold * double(nonBlank)
        && nonBlank > 0)
        best = SemanticType::IsoDate;
    col.semanticType = best;
    if (best != SemanticType::None) {
        facts.semanticMatches = counts[int(best)];
        col.semanticConfidence = double(facts.semanticMatches) / double(nonBlank);
    }

    const bool nameLike = nameHas(lowerName, {"name", "surname", "address", "street", "birth", "dob", "ssn",
                                              "passport", "social_security", "national_id", "tax_id"})
                          && !nameHas(lowerName, {"file", "host", "table", "column", "product", "company", "brand",
                                                  "domain", "server", "database", "schema"});
    col.pii = best == SemanticType::Email || best == SemanticType::Phone || best == SemanticType::CreditCard
              || best == SemanticType::Iban || (nameLike && col.inferredType == ProfileType::Text);

    const QStringList tokens = nameTokens(field.name);
    facts.keyLike = tokenIn(tokens, {"id", "key", "code", "uuid", "guid", "number", "no", "nr", "ref"})
                    && (col.inferredType == ProfileType::Integer || col.inferredType == ProfileType::Text)
                    && nonBlank > 0 && double(summary.distinct) >= 0.9 * double(nonBlank);
    facts.keyLike = facts.keyLike || best == SemanticType::Uuid
                    || (nonBlank > 1 && summary.distinct == nonBlank && summary.exact);
    recommendSqlTypes(col, s, facts);
    return col;
}

} // namespace miq
