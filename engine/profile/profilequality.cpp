#include "engine/profile/profilequality.h"

#include <QLocale>

#include <cmath>

namespace miq {

namespace {

QString count(qint64 n)
{
    return QLocale().toString(n);
}

QString percent(double share)
{
    return QLocale().toString(share * 100.0, 'f', 1) + QLatin1Char('%');
}

QString number(double v)
{
    return QLocale().toString(v, 'g', 6);
}

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

ProfileAlert alert(ProfileAlert::Kind kind, const QString &column, const QString &message)
{
    return ProfileAlert{kind, column, message};
}

bool isNumericType(ProfileType t)
{
    return t == ProfileType::Integer || t == ProfileType::Decimal || t == ProfileType::Float;
}

bool isDateType(ProfileType t)
{
    return t == ProfileType::Date || t == ProfileType::Timestamp || t == ProfileType::TimestampTz;
}

// Boolean spellings present in the top values: true/false, yes/no, 1/0, t/f, y/n, and case forms.
int booleanSpellings(const ProfileColumn &column)
{
    QStringList families;
    for (const ValueCount &v : column.topValues) {
        const QString lower = v.value.toLower();
        QString family;
        if (lower == QLatin1String("true") || lower == QLatin1String("false"))
            family = QStringLiteral("true/false");
        else if (lower == QLatin1String("yes") || lower == QLatin1String("no"))
            family = QStringLiteral("yes/no");
        else if (lower == QLatin1String("1") || lower == QLatin1String("0"))
            family = QStringLiteral("1/0");
        else if (lower == QLatin1String("t") || lower == QLatin1String("f"))
            family = QStringLiteral("t/f");
        else
            family = QStringLiteral("y/n");
        // Case variants of one family count as another spelling.
        family += v.value == lower ? QStringLiteral(":lower") : v.value == v.value.toUpper() ? QStringLiteral(":upper")
                                                                                          : QStringLiteral(":mixed");
        if (!families.contains(family))
            families << family;
    }
    return int(families.size());
}

} // namespace

int ProfileQuality::severity(ProfileAlert::Kind kind)
{
    using K = ProfileAlert::Kind;
    switch (kind) {
    case K::MostlyMissing: return 0;
    case K::DuplicateRows: return 1;
    case K::Pii: return 2;
    case K::MixedFormats: return 3;
    case K::NumbersAsText: return 4;
    case K::DatesAsText: return 5;
    case K::Outliers: return 6;
    case K::Skewed: return 7;
    case K::Imbalanced: return 8;
    case K::HighCorrelation: return 9;
    case K::HighCardinality: return 10;
    case K::Constant: return 11;
    case K::Unique: return 12;
    case K::ConstantLength: return 13;
    }
    return 14;
}

void ProfileQuality::addColumnAlerts(ProfileColumn &c, const ColumnFacts &f, bool streamIsFile)
{
    using K = ProfileAlert::Kind;
    const qint64 missing = c.nulls + c.blanks;
    if (c.count > 0 && missing * 2 > c.count)
        c.alerts << alert(K::MostlyMissing, c.name,
                          tr("%1 of the %2 values of '%3' are missing (%4 nulls, %5 blanks).")
                              .arg(percent(double(missing) / double(c.count)), count(c.count), c.name, count(c.nulls),
                                   count(c.blanks)));
    if (c.pii)
        c.alerts << alert(K::Pii, c.name,
                          c.semanticType != SemanticType::None
                              ? tr("'%1' holds personal data: %2 of its values are %3 values.")
                                    .arg(c.name, percent(c.semanticConfidence), semanticTypeName(c.semanticType))
                              : tr("'%1' probably holds personal data (its name suggests names, addresses or "
                                   "identity numbers).")
                                    .arg(c.name));
    if (isDateType(c.inferredType) && c.dateFormats.size() >= 2)
        c.alerts << alert(K::MixedFormats, c.name,
                          tr("'%1' mixes %2 date formats: %3 values are %4, %5 use others.")
                              .arg(c.name)
                              .arg(c.dateFormats.size())
                              .arg(count(c.dateFormats.first().count), c.dateFormats.first().value,
                                   count(f.formatValues - c.dateFormats.first().count)));
    else if (c.inferredType == ProfileType::Boolean && booleanSpellings(c) > 2)
        c.alerts << alert(K::MixedFormats, c.name,
                          tr("'%1' writes true and false in %2 different ways (e.g. true/yes/1 and their "
                             "case variants).")
                              .arg(c.name)
                              .arg(booleanSpellings(c) / 2 + booleanSpellings(c) % 2));
    else if (c.semanticType == SemanticType::Phone && c.patterns.size() >= 2 && f.nonBlank > 0) {
        int common = 0;
        for (const ValueCount &p : c.patterns)
            common += double(p.count) >= 0.05 * double(f.nonBlank);
        if (common >= 2)
            c.alerts << alert(K::MixedFormats, c.name,
                              tr("'%1' writes phone numbers in %2 different common layouts; the most frequent, "
                                 "'%3', covers %4 of the values.")
                                  .arg(c.name)
                                  .arg(common)
                                  .arg(c.patterns.first().value, percent(double(c.patterns.first().count) / double(f.nonBlank))));
    }
    // Text columns of a typed source (database) that hold numbers or dates; or mostly-numeric text.
    const bool typedSourceText = !streamIsFile && (c.sourceType == ColumnType::String || c.sourceType == ColumnType::Bytes);
    if (typedSourceText && isNumericType(c.inferredType))
        c.alerts << alert(K::NumbersAsText, c.name,
                          tr("'%1' is stored as text but %2 of its values are %3 numbers.")
                              .arg(c.name, percent(c.typeConfidence), profileTypeName(c.inferredType)));
    if (typedSourceText && isDateType(c.inferredType))
        c.alerts << alert(K::DatesAsText, c.name,
                          tr("'%1' is stored as text but %2 of its values are dates or timestamps.")
                              .arg(c.name, percent(c.typeConfidence)));
    if (c.inferredType == ProfileType::Text && f.nonBlank > 0) {
        if (c.mean && double(f.numericValues) >= 0.5 * double(f.nonBlank))
            c.alerts << alert(K::NumbersAsText, c.name,
                              tr("'%1' is mostly numbers (%2 values), but %3 values are not, so it is text.")
                                  .arg(c.name, count(f.numericValues), count(f.nonBlank - f.numericValues)));
        if (c.dateFormats.size() > 0 && f.dateValues == 0) {
            qint64 dated = 0;
            for (const ValueCount &d : c.dateFormats)
                dated += d.count;
            if (double(dated) >= 0.5 * double(f.nonBlank))
                c.alerts << alert(K::DatesAsText, c.name,
                                  tr("'%1' is mostly dates (%2 values) but too many values are not, so it is text.")
                                      .arg(c.name, count(dated)));
        }
    }
    if (c.outliers > 0 && c.quantiles.size() >= 5)
        c.alerts << alert(K::Outliers, c.name,
                          tr("%1 values of '%2' (%3) lie outside the interquartile fences %4 .. %5%6.")
                              .arg(count(c.outliers), c.name, percent(double(c.outliers) / double(std::max<qint64>(1, f.nonBlank))))
                              .arg(number(c.quantiles[2].second - 1.5 * (c.quantiles[4].second - c.quantiles[2].second)),
                                   number(c.quantiles[4].second + 1.5 * (c.quantiles[4].second - c.quantiles[2].second)),
                                   c.quantilesExact ? QString() : tr(" (estimated)")));
    if (c.skewness && std::abs(*c.skewness) > 2)
        c.alerts << alert(K::Skewed, c.name,
                          tr("'%1' is highly skewed (skewness %2): the mean (%3) says little about typical values "
                             "(median %4).")
                              .arg(c.name, number(*c.skewness), number(c.mean.value_or(0)),
                                   number(c.quantiles.size() > 3 ? c.quantiles[3].second : 0)));
    if (c.distinctExact && c.distinct >= 2 && c.distinct <= 50 && std::isfinite(f.entropy)) {
        const double imbalance = 1.0 - f.entropy / std::log(double(c.distinct));
        if (imbalance >= 0.5 && !c.topValues.isEmpty())
            c.alerts << alert(K::Imbalanced, c.name,
                              tr("'%1' is imbalanced: '%2' alone makes up %3 of its %4 values.")
                                  .arg(c.name, c.topValues.first().value,
                                       percent(double(c.topValues.first().count) / double(f.nonBlank)), count(f.nonBlank)));
    }
    const bool unique = f.nonBlank > 1 && f.noRepeats && c.distinct > 1;
    if (c.inferredType == ProfileType::Text && c.distinct > 50 && double(c.distinct) >= 0.5 * double(f.nonBlank) && !unique)
        c.alerts << alert(K::HighCardinality, c.name,
                          tr("'%1' has %2%3 distinct values among %4: it is not a category.")
                              .arg(c.name, c.distinctExact ? QString() : tr("about "), count(c.distinct), count(f.nonBlank)));
    if (c.distinct == 1 && f.nonBlank > 0)
        c.alerts << alert(K::Constant, c.name,
                          tr("'%1' has one value only: '%2'.").arg(c.name, c.topValues.isEmpty() ? QString() : c.topValues.first().value));
    if (unique)
        c.alerts << alert(K::Unique, c.name,
                          c.distinctExact ? tr("Every value of '%1' is different (%2 values).").arg(c.name, count(f.nonBlank))
                                          : tr("No value of '%1' repeats in a sample of its values (about %2 distinct "
                                               "values): it is probably unique.")
                                                .arg(c.name, count(c.distinct)));
    if (c.inferredType == ProfileType::Text && c.lengthMin && c.lengthMax && *c.lengthMin == *c.lengthMax && c.distinct > 1)
        c.alerts << alert(K::ConstantLength, c.name,
                          tr("Every value of '%1' is %2 characters long: probably a code.").arg(c.name).arg(*c.lengthMin));
}

void ProfileQuality::scoreColumn(ProfileColumn &c, const ColumnFacts &f, const ColumnStats &s, Tally &t)
{
    using D = QualityScore::Dimension;
    const qint64 present = f.nonBlank;
    t.cells += c.count;
    t.present += present;

    QualityScore completeness{D::Completeness, std::nullopt, QString()};
    if (c.count > 0) {
        completeness.score = 100.0 * double(present) / double(c.count);
        completeness.explanation = tr("%1 of %2 values are present (%3 nulls, %4 blanks).")
                                       .arg(percent(double(present) / double(c.count)), count(c.count), count(c.nulls),
                                            count(c.blanks));
    } else {
        completeness.explanation = tr("The column has no rows.");
    }

    QualityScore validity{D::Validity, std::nullopt, QString()};
    const bool typed = c.inferredType != ProfileType::Text && c.inferredType != ProfileType::Empty;
    const bool semantic = c.semanticType != SemanticType::None && c.semanticType != SemanticType::IsoDate;
    if (present > 0 && (typed || semantic)) {
        const double typeShare = typed ? c.typeConfidence : 1.0;
        const double semanticShare = semantic ? c.semanticConfidence : 1.0;
        const bool bySemantic = semanticShare < typeShare;
        const double share = std::min(typeShare, semanticShare);
        validity.score = 100.0 * share;
        const qint64 valid = qint64(std::llround(share * double(present)));
        validity.explanation = bySemantic
                                   ? tr("%1 of %2 values are valid %3 values (%4 are not).")
                                         .arg(percent(share), count(present), semanticTypeName(c.semanticType), count(present - valid))
                                   : tr("%1 of %2 values fit the type %3 (%4 do not).")
                                         .arg(percent(share), count(present), profileTypeName(c.inferredType), count(c.nonConformingCount));
        t.validityChecked += present;
        t.valid += valid;
        ++t.validityColumns;
    } else {
        validity.explanation = present > 0 ? tr("Free text: no type or format to check the values against.")
                                           : tr("No values to check.");
    }

    QualityScore uniqueness{D::Uniqueness, std::nullopt, QString()};
    if (f.keyLike && present > 0) {
        uniqueness.score = 100.0 * double(std::min<qint64>(c.distinct, present)) / double(present);
        uniqueness.explanation = tr("'%1' looks like an identifier: %2%3 of its %4 values are distinct (%5 repeats).")
                                     .arg(c.name, c.distinctExact ? QString() : tr("about "), count(c.distinct), count(present),
                                          count(std::max<qint64>(0, present - c.distinct)));
    } else {
        uniqueness.explanation = tr("Repeated values are expected here ('%1' is not an identifier).").arg(c.name);
    }

    QualityScore consistency{D::Consistency, std::nullopt, QString()};
    if (present > 0) {
        const qint64 padded = std::min<qint64>(present, c.leadingWhitespace + c.trailingWhitespace);
        const qint64 otherFormats = std::max<qint64>(0, f.formatValues - f.dominantFormat);
        qint64 otherCase = 0;
        const qint64 cased = c.upperCase + c.lowerCase + c.mixedCase;
        const qint64 dominantCase = std::max({c.upperCase, c.lowerCase, c.mixedCase});
        // Short codes are expected in one case; a few values in another case are slips.
        if (cased > 0 && c.lengthMax && *c.lengthMax <= 20 && double(dominantCase) >= 0.9 * double(cased))
            otherCase = cased - dominantCase;
        const qint64 issues = std::min<qint64>(present, padded + otherFormats + otherCase);
        consistency.score = 100.0 * (1.0 - double(issues) / double(present));
        consistency.explanation = issues == 0
                                      ? tr("All %1 values are written consistently (no stray spaces, one case, one date format).")
                                            .arg(count(present))
                                      : tr("%1 of %2 values are written inconsistently: %3 with leading or trailing spaces, "
                                           "%4 in a minority date format, %5 in a minority letter case.")
                                            .arg(count(issues), count(present), count(padded), count(otherFormats), count(otherCase));
        t.consistencyChecked += present;
        t.inconsistent += issues;
    } else {
        consistency.explanation = tr("No values to check.");
    }

    QualityScore accuracy{D::Accuracy, std::nullopt, QString()};
    const QStringList tokens = nameTokens(c.name);
    qint64 checked = 0;
    qint64 implausible = 0;
    QString rule;
    if (isDateType(c.inferredType) && f.dates.count > 0) {
        checked = f.dates.count;
        implausible = f.dates.before1900 + f.dates.future;
        rule = tr("%1 dates before 1900 and %2 in the future").arg(count(f.dates.before1900), count(f.dates.future));
    } else if (c.semanticType == SemanticType::CreditCard && f.cardShape > 0) {
        checked = f.cardShape;
        implausible = std::max<qint64>(0, f.cardShape - s.semantic[std::size_t(SemanticType::CreditCard)]);
        rule = tr("%1 card numbers fail the Luhn check").arg(count(implausible));
    } else if (c.semanticType == SemanticType::Iban && f.ibanShape > 0) {
        checked = f.ibanShape;
        implausible = std::max<qint64>(0, f.ibanShape - s.semantic[std::size_t(SemanticType::Iban)]);
        rule = tr("%1 IBANs fail the ISO 13616 check digits").arg(count(implausible));
    } else if (isNumericType(c.inferredType) && s.finiteNumbers > 0) {
        checked = s.finiteNumbers;
        if (tokenIn(tokens, {"age"})) {
            implausible = s.negatives + s.over130;
            rule = tr("%1 ages below 0 or above 130").arg(count(implausible));
        } else if (tokenIn(tokens, {"percent", "percentage", "pct"})) {
            implausible = s.negatives + s.over100;
            rule = tr("%1 percentages outside 0..100").arg(count(implausible));
        } else if (tokenIn(tokens, {"quantity", "qty", "count", "price", "cost", "weight", "height", "width", "length",
                                    "distance", "duration", "size", "stock"})) {
            implausible = s.negatives;
            rule = tr("%1 negative values where only zero or more make sense").arg(count(implausible));
        } else {
            checked = 0;
        }
    }
    if (checked > 0) {
        accuracy.score = 100.0 * (1.0 - double(implausible) / double(checked));
        accuracy.explanation = tr("%1 of %2 checked values are plausible: %3.")
                                   .arg(percent(1.0 - double(implausible) / double(checked)), count(checked), rule);
        t.accuracyChecked += checked;
        t.implausible += implausible;
        ++t.accuracyColumns;
    } else {
        accuracy.explanation = tr("No reference range or checksum applies to '%1'.").arg(c.name);
    }

    c.quality = {completeness, validity, uniqueness, consistency, accuracy};
    c.qualityOverall = overall(c.quality);
}

QList<QualityScore> ProfileQuality::scoreDataset(const Tally &t, qint64 rows, qint64 duplicateRows, bool exact)
{
    using D = QualityScore::Dimension;
    QList<QualityScore> scores;
    QualityScore completeness{D::Completeness, std::nullopt, tr("The dataset has no cells.")};
    if (t.cells > 0) {
        completeness.score = 100.0 * double(t.present) / double(t.cells);
        completeness.explanation = tr("%1 of %2 cells hold a value (%3 are null or blank).")
                                       .arg(percent(double(t.present) / double(t.cells)), count(t.cells), count(t.cells - t.present));
    }
    QualityScore validity{D::Validity, std::nullopt, tr("No column has a type or format to check values against.")};
    if (t.validityChecked > 0) {
        validity.score = 100.0 * double(t.valid) / double(t.validityChecked);
        validity.explanation = tr("%1 of %2 values checked in %3 typed or formatted columns are valid.")
                                   .arg(percent(double(t.valid) / double(t.validityChecked)), count(t.validityChecked))
                                   .arg(t.validityColumns);
    }
    QualityScore uniqueness{D::Uniqueness, std::nullopt, tr("The dataset has no rows.")};
    if (rows > 0) {
        uniqueness.score = 100.0 * double(rows - duplicateRows) / double(rows);
        uniqueness.explanation = tr("%1 of %2 rows are distinct (%3%4 duplicate rows).")
                                     .arg(percent(double(rows - duplicateRows) / double(rows)), count(rows),
                                          exact ? QString() : tr("about "), count(duplicateRows));
    }
    QualityScore consistency{D::Consistency, std::nullopt, tr("No values to check.")};
    if (t.consistencyChecked > 0) {
        consistency.score = 100.0 * (1.0 - double(t.inconsistent) / double(t.consistencyChecked));
        consistency.explanation = tr("%1 of %2 values are written inconsistently (stray spaces, minority case or date format).")
                                      .arg(count(t.inconsistent), count(t.consistencyChecked));
    }
    QualityScore accuracy{D::Accuracy, std::nullopt,
                          tr("No column has a reference range or checksum (dates, ages, percentages, quantities, cards, IBANs).")};
    if (t.accuracyChecked > 0) {
        accuracy.score = 100.0 * (1.0 - double(t.implausible) / double(t.accuracyChecked));
        accuracy.explanation = tr("%1 of %2 values checked against reference ranges in %3 columns are implausible.")
                                   .arg(count(t.implausible), count(t.accuracyChecked))
                                   .arg(t.accuracyColumns);
    }
    scores << completeness << validity << uniqueness << consistency << accuracy;
    return scores;
}

std::optional<double> ProfileQuality::overall(const QList<QualityScore> &scores)
{
    double sum = 0;
    int n = 0;
    for (const QualityScore &s : scores) {
        if (s.score) {
            sum += *s.score;
            ++n;
        }
    }
    if (n == 0)
        return std::nullopt;
    return sum / n;
}

} // namespace miq
