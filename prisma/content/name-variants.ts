// Names in the demo stories with their other spellings, as editors would
// enter them: a search for one spelling also looks for the others
// (lib/search/name-variants.ts). Each line is one name; Latin spellings as
// they appear in the English-language press, Arabic as the Arabic stories write it.
// Accents are not a spelling of their own: "Zahlé" and "Zahle" are one key.
export const nameVariantSets: string[][] = [
  ["Byblos", "Jbeil", "Jbail", "Jubayl", "جبيل"],
  ["Tyre", "Sour", "Sur", "صور"],
  ["Hezbollah", "Hizbullah", "Hizballah", "Hizbollah", "حزب الله"],
  ["Beirut", "Beyrouth", "Bayrut", "بيروت"],
  ["Tripoli", "Trablous", "Tarablus", "طرابلس"],
  ["Sidon", "Saida", "Sayda", "صيدا"],
  ["Bekaa", "Beqaa", "Biqa", "البقاع"],
  ["Zahle", "Zahleh", "زحلة"],
  ["Marjayoun", "Marjeyoun", "Marjayun", "مرجعيون"],
  ["Hasbaya", "Hasbayya", "Hasbaiya", "حاصبيا"],
  ["Akkar", "Aakkar", "عكار"],
  ["Chouf", "Shouf", "Shuf", "الشوف"],
  ["Zgharta", "Zghorta", "زغرتا"],
  ["Jounieh", "Juniyeh", "Jounié", "جونيه"],
  ["Keserwan", "Kesrouan", "Kisrawan", "كسروان"],
  ["Hamra", "الحمرا", "الحمراء"],
  ["Mar Mikhael", "Mar Mkhayel", "مار مخايل"],
  ["Dahr al-Baidar", "Dahr el-Baydar", "Dahr al-Baydar", "ضهر البيدر"],
  ["Sahet al-Tal", "Sahat al-Tall", "ساحة التل"],
  ["Électricité du Liban", "EDL", "كهرباء لبنان"],
  ["Hawizeh Marsh", "Hoveyzeh Marsh", "Hawr al-Hawizeh", "هور الحويزة"],
];
