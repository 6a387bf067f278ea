#pragma once

#include "engine/sync/jobdefinition.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace miq {

// Edits a job's error policy: quarantine bad rows and continue, stop at the first, or stop once
// more than N rows (or N% of the rows) were quarantined.
class ErrorPolicyEdit : public QWidget
{
    Q_OBJECT

public:
    explicit ErrorPolicyEdit(QWidget *parent = nullptr);

    void setPolicy(const ErrorPolicy &policy);
    ErrorPolicy policy() const;
    QComboBox *choice() const { return m_choice; } // the focus widget, for a label's buddy

Q_SIGNALS:
    void changed();

private:
    void updateVisibility();

    QComboBox *m_choice;
    QSpinBox *m_maxRows;
    QDoubleSpinBox *m_maxPercent;
    QCheckBox *m_strictSizes;
};

} // namespace miq
