#pragma once

#include "ui/crm/CrmRecordDialog.h"
#include "ui/crm/CrmSupport.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QSpinBox;
class QTabWidget;

namespace hector::ui {

class OpportunityActivitiesTab;
class OpportunityNotesTab;
class ScoringPanel;

// An opportunity (module 14), created or edited in the local replica. Tabs « Vue d'ensemble »
// (the form), and for a saved one « Activités », « Notes » and « Scoring » (the six factors of
// the live score and the server's history). Changing the stage stamps stage_changed_at; « Gagnée »
// and « Perdue » stamp closed_at, « Perdue » asks the reason; the probability follows the stage's
// default until the user sets it.
class OpportunityDialog : public CrmRecordDialog
{
    Q_OBJECT
public:
    OpportunityDialog(sync::LocalReplica *replica, const UserDto &me, const QString &id, QWidget *parent = nullptr,
                      Clock clock = systemClock());

    QString opportunityId() const { return m_id; }
    void setStage(const QString &stage);

    QTabWidget *tabs() const { return m_tabs; }
    QComboBox *stageBox() const { return m_stage; }
    QLineEdit *amountEdit() const { return m_amount; }
    QLineEdit *monthlyEdit() const { return m_monthly; }
    QSpinBox *probabilityBox() const { return m_probability; }
    QCheckBox *hasCloseBox() const { return m_hasClose; }
    QDateEdit *closeDateEdit() const { return m_closeDate; }
    QSpinBox *sharedBox() const { return m_shared; }
    QLineEdit *lostReasonEdit() const { return m_lostReason; }
    OpportunityActivitiesTab *activitiesTab() const { return m_activitiesTab; }
    OpportunityNotesTab *notesTab() const { return m_notesTab; }
    ScoringPanel *scoringPanel() const { return m_scoring; }

    void accept() override;

private:
    void load();
    void onStageChanged();
    QVariantMap values() const override;
    QString unresolvedProspectText() const override;

    Clock m_clock;
    QTabWidget *m_tabs;
    QComboBox *m_stage;
    QLineEdit *m_amount;
    QLineEdit *m_monthly;
    QSpinBox *m_probability;
    bool m_probabilityEdited = false;
    QCheckBox *m_hasClose;
    QDateEdit *m_closeDate;
    QSpinBox *m_shared;
    QLabel *m_lostLabel;
    QLineEdit *m_lostReason;
    OpportunityActivitiesTab *m_activitiesTab = nullptr;
    OpportunityNotesTab *m_notesTab = nullptr;
    ScoringPanel *m_scoring = nullptr;
};

} // namespace hector::ui
