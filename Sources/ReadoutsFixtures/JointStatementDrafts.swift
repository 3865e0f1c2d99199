/// A new user's joint statement on humanitarian access and its redraft: five of the six
/// sentences after the title lightly edited, one moved, a figure changed ("fourteen →
/// thirty", "30 → 20"). The drafts' tests of the reader (`J`) and of the exports read the
/// same texts; the reader's add a closing sentence the redraft negates.
public enum JointStatementDrafts {
    public static let first = """
        Joint statement on humanitarian access in the eastern regions

        The undersigned organisations are deeply concerned by the continued restrictions on humanitarian access to civilians in the eastern regions.

        Since 1 October, at least 1,500 civilians have been detained without charge, and their families have not been informed of their whereabouts.

        We call on all parties to grant the International Committee of the Red Cross immediate and unimpeded access to all places of detention within fourteen days.

        Convoys carrying food and medicine have been blocked at checkpoints on twelve occasions in November alone.

        We urge donors to increase funding for protection programmes by 30 percent.
        """

    public static let redraft = """
        Joint statement on humanitarian access in the eastern regions

        The undersigned organisations are concerned by the continued restrictions on humanitarian access to civilians in the eastern regions.

        Convoys carrying food and medicine have been blocked at checkpoints on twelve occasions in November alone.

        Since 1 October, at least 1 500 civilians have been detained, and their families have not been informed of their whereabouts.

        We call on all parties to grant the International Committee of the Red Cross access to places of detention within thirty days.

        We urge donors to increase funding for protection programmes by 20 percent.
        """

    /// A last sentence for `first`, and the redraft's, negated.
    public static let closing = "The organisations stand ready to support any mechanism that ensures the safety of humanitarian workers."
    public static let negatedClosing = "The organisations do not stand ready to support any mechanism that ensures the safety of humanitarian workers."
}
