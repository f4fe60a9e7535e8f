package clustersim.model;

import java.io.Serializable;

/**
 * Education and training (MODEL.md section 6, fifth row): the skill of the cluster's workforce raises
 * R&D success and lowers the labour a unit takes in knowledge-intensive stages; training institutions
 * raise it over time.
 *
 * <p>Skill S in [0, 1] is measured above the v2 reference workforce (S = 0, the "low basic labour
 * skills" the calibration assumes). It starts at educationLevel and each month training closes
 * trainingRate of the gap to full skill; a rise in educationLevel (a policy event: better schools,
 * vocational colleges) lifts it at once to the new level:
 * <pre>   S(0) = educationLevel,   S(t+1) = max(educationLevel, S(t) + trainingRate (1 - S(t)))</pre>
 * Effects (Becker 1964; Nelson and Phelps 1966: education raises the ability to innovate and to adopt):
 * <pre>   R&D success factor a x (1 + RD_GAIN S)
 *   workers per unit of stage s x (1 - LABOUR_SAVING S knowledgeIntensity_s)</pre>
 * At S = 0 both factors are exactly 1 (so v2's results are unchanged to the byte), and nothing here draws a
 * random number.
 */
final class Skills implements Serializable {
    private static final long serialVersionUID = 1L;
    /** R&D success at full skill relative to the reference workforce: twice as likely. */
    static final double RD_GAIN = 1.0;
    /** Share of labour a fully skilled workforce saves in a stage of knowledge intensity 1. */
    static final double LABOUR_SAVING = 0.3;

    private final ClusterModel model;
    /** The workforce's skill S. */
    double skill;

    Skills(ClusterModel model) {
        this.model = model;
    }

    void start() {
        skill = model.params.get(Param.EDUCATION_LEVEL);
    }

    /** A month of training (at the month's end; the next month's production and R&D use it). */
    void step() {
        double training = model.params.get(Param.TRAINING_RATE);
        if (training > 0) skill += training * (1 - skill);
        skill = Math.max(skill, model.params.get(Param.EDUCATION_LEVEL));
    }

    /** Factor on R&D success chance. */
    double rdFactor() {
        return 1 + RD_GAIN * skill;
    }

    /** Factor on workers per unit of a stage. */
    double labourFactor(Stage st) {
        return 1 - LABOUR_SAVING * skill * st.knowledgeIntensity;
    }
}
