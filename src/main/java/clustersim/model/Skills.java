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
 * <pre>   S(0) = educationLevel,   S(t+1) = max(educationLevel, S(t) + min(1, trainingRate + g(t)) (1 - S(t)))</pre>
 * where g is the training the local government's SME services buy ({@link LocalGovernment}, the share
 * trainingShare of its SME money T): training one worker from the reference skill to full skill costs
 * {@link #TRAINING_COST} months of wage w, so T buys g = T / (TRAINING_COST w E) of the gap for a
 * workforce of E workers (0 without a budget or without workers).
 * Effects (Becker 1964; Nelson and Phelps 1966: education raises the ability to innovate and to adopt):
 * <pre>   R&D success factor a x (1 + RD_GAIN S)
 *   workers per unit of stage s x (1 - LABOUR_SAVING S knowledgeIntensity_s)</pre>
 * At S = 0 both factors are exactly 1 (so v2's results are unchanged to the byte), and nothing here draws a
 * random number.
 * <p>The cost of training: a year's wage per worker, the order of a year of vocational school or of
 * on-the-job training's cost to the employer in Becker's (1964) accounting.
 */
final class Skills implements Serializable {
    private static final long serialVersionUID = 1L;
    /** R&D success at full skill relative to the reference workforce: twice as likely. */
    static final double RD_GAIN = 1.0;
    /** Share of labour a fully skilled workforce saves in a stage of knowledge intensity 1. */
    static final double LABOUR_SAVING = 0.3;
    /** Wage-months it costs to train one worker from the reference skill to full skill. */
    static final double TRAINING_COST = 12;

    private final ClusterModel model;
    /** The workforce's skill S. */
    double skill;

    Skills(ClusterModel model) {
        this.model = model;
    }

    void start() {
        skill = model.params.get(Param.EDUCATION_LEVEL);
    }

    /**
     * A month of training (at the month's end, after the local government's budget; the next month's
     * production and R&D use it).
     */
    void step() {
        double training = model.params.get(Param.TRAINING_RATE) + publicTraining();
        if (training > 0) skill += Math.min(1, training) * (1 - skill);
        skill = Math.max(skill, model.params.get(Param.EDUCATION_LEVEL));
    }

    /** g: the share of the skill gap the local government's training money closes this month. */
    double publicTraining() {
        double money = model.government.training;
        if (!(money > 0)) return 0;
        double workers = 0;
        for (int f = 0, n = model.firms.size(); f < n; f++) {
            Firm x = model.firms.get(f);
            if (x.alive && !x.bankrupt) workers += x.employment;
        }
        double cost = TRAINING_COST * model.params.get(Param.WAGE) * workers;
        return cost > 0 ? money / cost : 0;
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
