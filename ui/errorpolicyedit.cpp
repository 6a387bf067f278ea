#include "ui/errorpolicyedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QSpinBox>

namespace miq {

namespace {
enum Choice { QuarantineAll, StopAtFirst, MaxRows, MaxPercent };
constexpr int MaxRowsLimit = 1'000'000'000;
} // namespace

ErrorPolicyEdit::ErrorPolicyEdit(QWidget *parent)
    : QWidget(parent)
    , m_choice(new QComboBox)
    , m_maxRows(new QSpinBox)
    , m_maxPercent(new QDoubleSpinBox)
    , m_strictSizes(new QCheckBox(tr("Strict sizes")))
{
    m_strictSizes->setObjectName(QStringLiteral("strictSizes"));
    m_strictSizes->setToolTip(tr("Declare the narrowest text lengths and decimal digits the data needs, and "
                                 "quarantine later values that do not fit. Unchecked, text is unbounded and "
                                 "decimals get 38 digits, so later, longer values fit."));
    m_choice->setObjectName(QStringLiteral("errorPolicy"));
    m_maxRows->setObjectName(QStringLiteral("maxBadRows"));
    m_maxPercent->setObjectName(QStringLiteral("maxBadPercent"));
    m_choice->addItem(tr("Quarantine bad rows and continue"), QuarantineAll);
    m_choice->addItem(tr("Stop at the first bad row"), StopAtFirst);
    m_choice->addItem(tr("Stop after more bad rows than"), MaxRows);
    m_choice->addItem(tr("Stop when the share of bad rows exceeds"), MaxPercent);
    m_maxRows->setRange(0, MaxRowsLimit);
    m_maxRows->setSuffix(tr(" rows"));
    m_maxRows->setValue(100);
    m_maxPercent->setRange(0, 100);
    m_maxPercent->setDecimals(2);
    m_maxPercent->setSuffix(tr(" %"));
    m_maxPercent->setValue(1.0);
    m_maxPercent->setToolTip(tr("Checked once at least 1,000 rows were read"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_choice, 1);
    layout->addWidget(m_maxRows);
    layout->addWidget(m_maxPercent);
    layout->addWidget(m_strictSizes);
    setFocusProxy(m_choice);

    connect(m_choice, &QComboBox::currentIndexChanged, this, [this] {
        updateVisibility();
        Q_EMIT changed();
    });
    connect(m_maxRows, &QSpinBox::valueChanged, this, &ErrorPolicyEdit::changed);
    connect(m_maxPercent, &QDoubleSpinBox::valueChanged, this, &ErrorPolicyEdit::changed);
    connect(m_strictSizes, &QCheckBox::toggled, this, &ErrorPolicyEdit::changed);
    updateVisibility();
}

void ErrorPolicyEdit::setPolicy(const ErrorPolicy &policy)
{
    if (policy.maxBadRows >= 0)
        m_maxRows->setValue(int(qMin<qint64>(policy.maxBadRows, MaxRowsLimit)));
    if (policy.maxBadPercent >= 0)
        m_maxPercent->setValue(policy.maxBadPercent);
    m_choice->setCurrentIndex(policy.stopOnFirst          ? StopAtFirst
                              : policy.maxBadRows >= 0    ? MaxRows
                              : policy.maxBadPercent >= 0 ? MaxPercent
                                                          : QuarantineAll);
    m_strictSizes->setChecked(policy.strictSizes);
    updateVisibility();
}

ErrorPolicy ErrorPolicyEdit::policy() const
{
    ErrorPolicy policy;
    policy.strictSizes = m_strictSizes->isChecked();
    switch (m_choice->currentData().toInt()) {
    case StopAtFirst: policy.stopOnFirst = true; break;
    case MaxRows: policy.maxBadRows = m_maxRows->value(); break;
    case MaxPercent: policy.maxBadPercent = m_maxPercent->value(); break;
    }
    return policy;
}

void ErrorPolicyEdit::updateVisibility()
{
    const int choice = m_choice->currentData().toInt();
    m_maxRows->setVisible(choice == MaxRows);
    m_maxPercent->setVisible(choice == MaxPercent);
}

} // namespace miq
