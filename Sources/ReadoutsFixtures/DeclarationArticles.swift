/// Articles 8 to 15 of the Declaration of the Rights of Man and of the Citizen (1789), for
/// tests of versions that are one text: the French original, the Avalon Project's English
/// (Yale Law School), which splits Articles 12 and 13 in two sentences each, and a close
/// English rendering written for these tests, each article one sentence as in the French.
public enum DeclarationArticles {
    public static let french = """
    Art. 8. La Loi ne doit établir que des peines strictement et évidemment nécessaires, et nul ne peut être puni qu'en vertu d'une Loi établie et promulguée antérieurement au délit, et légalement appliquée.

    Art. 9. Tout homme étant présumé innocent jusqu'à ce qu'il ait été déclaré coupable, s'il est jugé indispensable de l'arrêter, toute rigueur qui ne serait pas nécessaire pour s'assurer de sa personne doit être sévèrement réprimée par la loi.

    Art. 10. Nul ne doit être inquiété pour ses opinions, même religieuses, pourvu que leur manifestation ne trouble pas l'ordre public établi par la Loi.

    Art. 11. La libre communication des pensées et des opinions est un des droits les plus précieux de l'Homme : tout Citoyen peut donc parler, écrire, imprimer librement, sauf à répondre de l'abus de cette liberté dans les cas déterminés par la Loi.

    Art. 12. La garantie des droits de l'Homme et du Citoyen nécessite une force publique : cette force est donc instituée pour l'avantage de tous, et non pour l'utilité particulière de ceux auxquels elle est confiée.

    Art. 13. Pour l'entretien de la force publique, et pour les dépenses d'administration, une contribution commune est indispensable : elle doit être également répartie entre tous les citoyens, en raison de leurs facultés.

    Art. 14. Tous les Citoyens ont le droit de constater, par eux-mêmes ou par leurs représentants, la nécessité de la contribution publique, de la consentir librement, d'en suivre l'emploi, et d'en déterminer la quotité, l'assiette, le recouvrement et la durée.

    Art. 15. La Société a le droit de demander compte à tout Agent public de son administration.
    """

    public static let avalon = """
    8. The law shall provide for such punishments only as are strictly and obviously necessary, and no one shall suffer punishment except it be legally inflicted in virtue of a law passed and promulgated before the commission of the offense.

    9. As all persons are held innocent until they shall have been declared guilty, if arrest shall be deemed indispensable, all harshness not essential to the securing of the prisoner's person shall be severely repressed by law.

    10. No one shall be disquieted on account of his opinions, including his religious views, provided their manifestation does not disturb the public order established by law.

    11. The free communication of ideas and opinions is one of the most precious of the rights of man. Every citizen may, accordingly, speak, write, and print with freedom, but shall be responsible for such abuses of this freedom as shall be defined by law.

    12. The security of the rights of man and of the citizen requires public military forces. These forces are, therefore, established for the good of all and not for the personal advantage of those to whom they shall be intrusted.

    13. A common contribution is essential for the maintenance of the public forces and for the cost of administration. This should be equitably distributed among all the citizens in proportion to their means.

    14. All the citizens have a right to decide, either personally or by their representatives, as to the necessity of the public contribution; to grant this freely; to know to what uses it is put; and to fix the proportion, the mode of assessment and of collection and the duration of the taxes.

    15. Society has the right to require of every public agent an account of his administration.
    """

    public static let close = """
    8. The law must establish only penalties that are strictly and evidently necessary, and no one may be punished except by virtue of a law established and promulgated before the offence and lawfully applied.

    9. Every man being presumed innocent until he has been declared guilty, if it is judged indispensable to arrest him, any rigour not necessary to secure his person must be severely repressed by law.

    10. No one may be troubled for his opinions, even religious ones, provided that their expression does not disturb the public order established by law.

    11. The free communication of thoughts and opinions is one of the most precious rights of man: every citizen may thus speak, write and print freely, save to answer for the abuse of this liberty in the cases determined by law.

    12. The guarantee of the rights of man and of the citizen requires a public force: this force is thus instituted for the advantage of all, and not for the particular use of those to whom it is entrusted.

    13. For the upkeep of the public force and for the expenses of administration, a common contribution is indispensable: it must be shared equally among all citizens, according to their means.

    14. All citizens have the right to ascertain, by themselves or through their representatives, the necessity of the public contribution, to consent to it freely, to follow its use, and to determine its amount, basis, collection and duration.

    15. Society has the right to ask any public agent for an account of his administration.
    """
}
