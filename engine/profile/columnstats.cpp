#include "engine/profile/columnstats.h"

#include "engine/sync/valueparsers.h"

#include <algorithm>
#include <bit>

namespace miq {

namespace {
constexpr std::int64_t microsPerDay = 86400LL * 1000000LL;

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    std::int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}
} // namespace

void ExampleList::insert(std::string_view text)
{
    for (const std::string &v : values)
        if (v == text)
            return;
    values.emplace_back(text);
}

void DateStats::add(std::int64_t micros, std::int64_t n, std::int64_t nowMicros)
{
    count += n;
    minMicros = std::min(minMicros, micros);
    maxMicros = std::max(maxMicros, micros);
    const std::int64_t days = floorDiv(micros, microsPerDay);
    int year = 0;
    int month = 0;
    int day = 0;
    civilFromDays(days, year, month, day);
    if (year >= firstYear && year < firstYear + 256)
        years[std::size_t(year - firstYear)] += n;
    else
        otherYears[year] += n;
    months[std::size_t(month - 1)] += n;
    // 1970-01-01 was a Thursday (index 3 with Monday = 0).
    weekdays[std::size_t(((days % 7) + 7 + 3) % 7)] += n;
    if (year < 1900)
        before1900 += n;
    if (micros > nowMicros)
        future += n;
}

void DateStats::merge(const DateStats &o)
{
    count += o.count;
    minMicros = std::min(minMicros, o.minMicros);
    maxMicros = std::max(maxMicros, o.maxMicros);
    for (std::size_t i = 0; i < years.size(); ++i)
        years[i] += o.years[i];
    for (const auto &[y, n] : o.otherYears)
        otherYears[y] += n;
    for (std::size_t i = 0; i < 12; ++i)
        months[i] += o.months[i];
    for (std::size_t i = 0; i < 7; ++i)
        weekdays[i] += o.weekdays[i];
    before1900 += o.before1900;
    future += o.future;
}

void OrderedDates::merge(const OrderedDates &o)
{
    dayFirstOnly += o.dayFirstOnly;
    monthFirstOnly += o.monthFirstOnly;
    both += o.both;
    yearFirst += o.yearFirst;
    dayFirst.merge(o.dayFirst);
    monthFirst.merge(o.monthFirst);
    notDayFirst.merge(o.notDayFirst);
    notMonthFirst.merge(o.notMonthFirst);
}

void ColumnStats::addFormat(std::uint32_t code, std::int64_t n)
{
    for (auto &entry : formats) {
        if (entry.first == code) {
            entry.second += n;
            return;
        }
    }
    formats.emplace_back(code, n);
}

void ColumnStats::fold(const ValueClass &v, std::int64_t n, std::string_view text, const std::string &mask,
                       std::int64_t nowMicros, bool textColumn)
{
    values += n;
    const std::uint32_t f = v.flags;
    if (f & ValueClass::Bool) {
        boolValues += n;
        boolWord = boolWord || (f & ValueClass::BoolWord);
    } else {
        notBool.add(text);
    }
    if (f & ValueClass::Integer) {
        integers += n;
        intMin = std::min(intMin, v.integer);
        intMax = std::max(intMax, v.integer);
    } else {
        notInteger.add(text);
    }
    if (f & ValueClass::Decimal) {
        decimals += n;
        maxIntegerDigits = std::max<int>(maxIntegerDigits, v.integerDigits);
        maxScale = std::max<int>(maxScale, v.scale);
    } else {
        notDecimal.add(text);
    }
    if (f & ValueClass::Number) {
        numbers += n;
        if (f & ValueClass::Finite) {
            finiteNumbers += n;
            numberMin = std::min(numberMin, v.number);
            numberMax = std::max(numberMax, v.number);
            sum += static_cast<long double>(v.number) * n;
            if (v.number == 0)
                zeros += n;
            else if (v.number < 0)
                negatives += n;
            if (v.number > 100)
                over100 += n;
            if (v.number > 130)
                over130 += n;
        }
    } else {
        notNumber.add(text);
    }

    const bool iso = f & (ValueClass::IsoDate | ValueClass::Timestamp | ValueClass::TimestampTz);
    if (iso) {
        if (f & ValueClass::IsoDate)
            isoDates += n;
        else if (f & ValueClass::Timestamp)
            timestamps += n;
        else
            timestampsTz += n;
        this->iso.add(v.micros, n, nowMicros);
        addFormat(v.dateFormat, n);
    } else {
        notTimestamp.add(text);
    }
    if (f & ValueClass::Time) {
        times += n;
        timeMin = std::min(timeMin, v.micros);
        timeMax = std::max(timeMax, v.micros);
        addFormat(v.dateFormat, n);
    } else {
        notTime.add(text);
    }
    if (f & ValueClass::OrderedDate) {
        OrderedDates &o = ordered[separatorIndex(v.dateSeparator)];
        if (DateFormat::layout(v.dateFormat) == DateFormat::YearFirst) {
            o.yearFirst += n;
            addFormat(v.dateFormat, n);
        } else if (v.validDmy && v.validMdy) {
            o.both += n;
        } else if (v.validDmy) {
            o.dayFirstOnly += n;
        } else {
            o.monthFirstOnly += n;
        }
        if (v.validDmy)
            o.dayFirst.add(v.microsDmy, n, nowMicros);
        else
            o.notDayFirst.add(text);
        if (v.validMdy)
            o.monthFirst.add(v.microsMdy, n, nowMicros);
        else
            o.notMonthFirst.add(text);
    } else if (!(f & ValueClass::IsoDate)) {
        notDate.add(text);
    }

    if (textColumn) {
        const std::int64_t len = v.length;
        lengths[std::size_t(std::min<std::int64_t>(len, std::int64_t(lengthSlots)))] += n;
        lengthMin = std::min(lengthMin, len);
        lengthMax = std::max(lengthMax, len);
        lengthSum += static_cast<long double>(len) * n;
        if (f & ValueClass::LeadingSpace)
            leading += n;
        if (f & ValueClass::TrailingSpace)
            trailing += n;
        const bool hasUpper = f & ValueClass::HasUpper;
        const bool hasLower = f & ValueClass::HasLower;
        if (hasUpper && hasLower)
            mixed += n;
        else if (hasUpper)
            upper += n;
        else if (hasLower)
            lower += n;
        if (f & ValueClass::NonAscii)
            nonAscii += n;
        if (f & ValueClass::Control)
            control += n;
        masks.add(mask, n);
    }

    // Only the set bits (usually none or one), not all sixteen types.
    for (std::uint32_t s = v.semantics & ~1u & ((1u << semantic.size()) - 1); s != 0; s &= s - 1)
        semantic[std::size_t(std::countr_zero(s))] += n;
    if (f & ValueClass::PhoneBare)
        phoneBare += n;
    if (f & ValueClass::PostalDigits)
        postalDigits += n;
    if (f & ValueClass::CardShape)
        cardShape += n;
    if (f & ValueClass::IbanShape)
        ibanShape += n;
}

void ColumnStats::merge(const ColumnStats &o)
{
    values += o.values;
    boolValues += o.boolValues;
    integers += o.integers;
    decimals += o.decimals;
    numbers += o.numbers;
    finiteNumbers += o.finiteNumbers;
    isoDates += o.isoDates;
    timestamps += o.timestamps;
    timestampsTz += o.timestampsTz;
    times += o.times;
    boolWord = boolWord || o.boolWord;
    intMin = std::min(intMin, o.intMin);
    intMax = std::max(intMax, o.intMax);
    maxIntegerDigits = std::max(maxIntegerDigits, o.maxIntegerDigits);
    maxScale = std::max(maxScale, o.maxScale);
    for (int i = 0; i < separators; ++i)
        ordered[i].merge(o.ordered[i]);
    notBool.merge(o.notBool);
    notInteger.merge(o.notInteger);
    notDecimal.merge(o.notDecimal);
    notNumber.merge(o.notNumber);
    notDate.merge(o.notDate);
    notTimestamp.merge(o.notTimestamp);
    notTime.merge(o.notTime);
    numberMin = std::min(numberMin, o.numberMin);
    numberMax = std::max(numberMax, o.numberMax);
    sum += o.sum;
    zeros += o.zeros;
    negatives += o.negatives;
    over100 += o.over100;
    over130 += o.over130;
    for (std::size_t i = 0; i < lengths.size(); ++i)
        lengths[i] += o.lengths[i];
    lengthMin = std::min(lengthMin, o.lengthMin);
    lengthMax = std::max(lengthMax, o.lengthMax);
    lengthSum += o.lengthSum;
    leading += o.leading;
    trailing += o.trailing;
    upper += o.upper;
    lower += o.lower;
    mixed += o.mixed;
    nonAscii += o.nonAscii;
    control += o.control;
    masks.merge(o.masks);
    iso.merge(o.iso);
    timeMin = std::min(timeMin, o.timeMin);
    timeMax = std::max(timeMax, o.timeMax);
    for (const auto &[code, n] : o.formats)
        addFormat(code, n);
    for (std::size_t i = 0; i < semantic.size(); ++i)
        semantic[i] += o.semantic[i];
    phoneBare += o.phoneBare;
    postalDigits += o.postalDigits;
    cardShape += o.cardShape;
    ibanShape += o.ibanShape;
}

} // namespace miq
