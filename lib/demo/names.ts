// Given and family names by naming tradition. People are named after the
// tradition of the city they work in most of the time, with a mix, as in any
// international company. Spellings keep their accents; emails fold them.

export type Culture =
  | "english"
  | "spanish"
  | "indian"
  | "chinese"
  | "nigerian"
  | "german"
  | "japanese"
  | "brazilian"
  | "arabic"
  | "polish"
  | "french";

export const CULTURES: readonly Culture[] = [
  "english",
  "spanish",
  "indian",
  "chinese",
  "nigerian",
  "german",
  "japanese",
  "brazilian",
  "arabic",
  "polish",
  "french",
];

interface NameBook {
  given: readonly string[];
  family: readonly string[];
}

export const NAME_BOOKS: Record<Culture, NameBook> = {
  english: {
    given: [
      "Olivia", "James", "Amelia", "Oliver", "Harper", "Ethan", "Charlotte", "Noah", "Grace", "Liam",
      "Emily", "Jack", "Sophie", "Thomas", "Hannah", "William", "Chloe", "Samuel", "Lucy", "Daniel",
      "Megan", "Benjamin", "Rachel", "Henry", "Abigail", "Matthew", "Evelyn", "Joseph", "Ruth", "Michael",
      "Sarah", "David", "Eleanor", "Patrick", "Catherine", "George", "Margaret", "Alexander", "Laura", "Robert",
    ],
    family: [
      "Smith", "Johnson", "Williams", "Brown", "Taylor", "Walsh", "Thompson", "Clarke", "O'Brien", "Murphy",
      "Hughes", "Robinson", "Wright", "Wood", "Hall", "Green", "Baker", "Carter", "Mitchell", "Campbell",
      "Turner", "Parker", "Collins", "Edwards", "Stewart", "Morris", "Bennett", "Fletcher", "Harrison", "Kelly",
      "Sullivan", "Reynolds", "Bailey", "Cooper", "Foster",
    ],
  },
  spanish: {
    given: [
      "José", "María", "Lucía", "Javier", "Sofía", "Alejandro", "Valentina", "Carlos", "Camila", "Diego",
      "Isabel", "Pablo", "Elena", "Andrés", "Paula", "Miguel", "Carmen", "Sergio", "Ximena", "Fernando",
      "Daniela", "Raúl", "Mariana", "Jorge", "Gabriela", "Luis", "Adriana", "Ricardo", "Natalia", "Héctor",
      "Marta", "Álvaro", "Inés", "Tomás", "Renata",
    ],
    family: [
      "García", "Martínez", "López", "Hernández", "González", "Rodríguez", "Pérez", "Sánchez", "Ramírez", "Torres",
      "Flores", "Rivera", "Gómez", "Díaz", "Morales", "Jiménez", "Ruiz", "Álvarez", "Romero", "Navarro",
      "Castillo", "Vargas", "Ortega", "Delgado", "Núñez", "Medina", "Herrera", "Aguilar", "Castro", "Domínguez",
      "de la Cruz", "Mendoza", "Guerrero", "Salazar", "Ibáñez",
    ],
  },
  indian: {
    given: [
      "Aarav", "Priya", "Ananya", "Rohan", "Vikram", "Lakshmi", "Arjun", "Kavya", "Rahul", "Neha",
      "Aditya", "Divya", "Sanjay", "Pooja", "Karthik", "Meera", "Vivek", "Shreya", "Amit", "Deepika",
      "Suresh", "Ishita", "Rajesh", "Nandini", "Harish", "Aishwarya", "Manish", "Sunita", "Pranav", "Radhika",
      "Varun", "Tanvi", "Siddharth", "Anjali", "Gaurav",
    ],
    family: [
      "Sharma", "Iyer", "Reddy", "Nair", "Patel", "Gupta", "Banerjee", "Menon", "Singh", "Kumar",
      "Rao", "Desai", "Joshi", "Mehta", "Chatterjee", "Pillai", "Kapoor", "Verma", "Mukherjee", "Agarwal",
      "Krishnan", "Bhat", "Naidu", "Shetty", "Malhotra", "Kulkarni", "Ghosh", "Chopra", "Subramanian", "Das",
    ],
  },
  chinese: {
    given: [
      "Wei", "Jing", "Hao", "Mei", "Li Na", "Xiaoming", "Yan", "Jun", "Fang", "Lei",
      "Xiu Ying", "Tao", "Ying", "Bo", "Lan", "Chen", "Hui", "Qiang", "Min", "Yu",
      "Zhen", "Ling", "Kai", "Xin", "Rui", "Ping", "Shu", "Jian", "Yun", "Hong",
    ],
    family: [
      "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou",
      "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Gao", "Luo",
      "Zheng", "Liang", "Xie", "Tang", "Han", "Feng", "Deng", "Cao", "Peng", "Zeng",
    ],
  },
  nigerian: {
    given: [
      "Chukwuemeka", "Oluwaseun", "Ngozi", "Adaeze", "Babatunde", "Funmilayo", "Chidi", "Amaka", "Tunde", "Yetunde",
      "Emeka", "Folake", "Ifeanyi", "Chiamaka", "Segun", "Bisola", "Obinna", "Nkechi", "Kayode", "Temitope",
      "Uche", "Zainab", "Musa", "Aisha", "Olumide", "Kemi", "Ikenna", "Halima", "Damilola", "Efosa",
    ],
    family: [
      "Adeyemi", "Okafor", "Okonkwo", "Balogun", "Eze", "Adebayo", "Nwosu", "Ogunleye", "Bello", "Obi",
      "Olawale", "Chukwu", "Afolabi", "Ibrahim", "Okoro", "Adeleke", "Nnamdi", "Oyelaran", "Abubakar", "Ogunbanjo",
      "Ekwueme", "Olatunji", "Uzor", "Danjuma", "Akinola", "Osagie", "Emenike", "Lawal", "Onyeka", "Fashola",
    ],
  },
  german: {
    given: [
      "Jürgen", "Anna", "Lukas", "Lena", "Felix", "Sophie", "Maximilian", "Katharina", "Jonas", "Laura",
      "Stefan", "Julia", "Matthias", "Sabine", "Tobias", "Anja", "Florian", "Claudia", "Sebastian", "Birgit",
      "Klaus", "Ute", "Andreas", "Heike", "Michael", "Franziska", "Dirk", "Johanna", "Uwe", "Svenja",
    ],
    family: [
      "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
      "Schröder", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Neumann", "Schwarz", "Zimmermann", "Braun",
      "Krüger", "Hofmann", "Hartmann", "Lange", "Werner", "Krause", "Lehmann", "Köhler", "Groß", "Vogel",
    ],
  },
  japanese: {
    given: [
      "Haruto", "Yui", "Sota", "Aoi", "Ren", "Hina", "Takumi", "Sakura", "Kenji", "Yuki",
      "Hiroshi", "Emi", "Daiki", "Mai", "Kaito", "Naomi", "Shota", "Ayaka", "Ryo", "Misaki",
      "Takeshi", "Keiko", "Yusuke", "Rina", "Kazuki", "Nanami", "Satoshi", "Chihiro", "Akira", "Haruka",
    ],
    family: [
      "Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato",
      "Yoshida", "Yamada", "Sasaki", "Yamaguchi", "Matsumoto", "Inoue", "Kimura", "Hayashi", "Shimizu", "Mori",
      "Ikeda", "Hashimoto", "Ishikawa", "Ogawa", "Fujita", "Okada", "Maeda", "Ōno", "Nishimura", "Aoki",
    ],
  },
  brazilian: {
    given: [
      "João", "Ana", "Pedro", "Beatriz", "Lucas", "Mariana", "Gabriel", "Larissa", "Rafael", "Juliana",
      "Thiago", "Fernanda", "Mateus", "Camila", "Gustavo", "Letícia", "Bruno", "Aline", "Felipe", "Patrícia",
      "Rodrigo", "Vanessa", "Vinícius", "Bianca", "Leonardo", "Tatiane", "Caio", "Renata", "Otávio", "Luana",
    ],
    family: [
      "Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Ferreira", "Almeida", "Carvalho", "Gomes",
      "Ribeiro", "Martins", "Araújo", "Barbosa", "Rocha", "Lima", "Cardoso", "Teixeira", "Nascimento", "Moreira",
      "Conceição", "Cavalcanti", "Monteiro", "Correia", "Mendes", "Freitas", "Azevedo", "Pinto", "Batista", "Campos",
    ],
  },
  arabic: {
    given: [
      "Omar", "Fatima", "Layla", "Youssef", "Khalid", "Nour", "Ahmed", "Mariam", "Hassan", "Salma",
      "Ali", "Rania", "Tariq", "Yasmin", "Karim", "Huda", "Sami", "Dalia", "Faisal", "Leila",
      "Mahmoud", "Amira", "Ibrahim", "Rana", "Walid", "Samira", "Nabil", "Hala", "Bilal", "Zeina",
    ],
    family: [
      "Al-Masri", "Haddad", "Mansour", "El-Sayed", "Khoury", "Nasser", "Al-Farsi", "Hamdan", "Saleh", "Aziz",
      "Qasim", "Al-Rashid", "Darwish", "Hijazi", "Barakat", "Farouk", "Sabbagh", "Al-Amin", "Shalaby", "Yassin",
      "Kanaan", "Al-Hakim", "Abboud", "Najjar", "Tahan", "Rahman", "Al-Khatib", "Suleiman", "Awad", "Zaki",
    ],
  },
  polish: {
    given: [
      "Łukasz", "Agnieszka", "Piotr", "Katarzyna", "Tomasz", "Małgorzata", "Krzysztof", "Magdalena", "Paweł", "Joanna",
      "Michał", "Aleksandra", "Marcin", "Ewa", "Jakub", "Monika", "Grzegorz", "Zofia", "Wojciech", "Dorota",
      "Bartosz", "Justyna", "Mateusz", "Beata", "Kamil", "Anna", "Rafał", "Natalia", "Andrzej", "Iwona",
    ],
    family: [
      "Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak",
      "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Wojciechowski", "Kwiatkowski", "Krawczyk", "Piotrowski", "Grabowski", "Nowakowski",
      "Pawłowski", "Michalski", "Zając", "Król", "Wieczorek", "Jabłoński", "Majewski", "Olszewski", "Stępień", "Górski",
    ],
  },
  french: {
    given: [
      "Hélène", "François", "Chloé", "Julien", "Camille", "Mathieu", "Léa", "Nicolas", "Manon", "Antoine",
      "Élodie", "Guillaume", "Margaux", "Sébastien", "Aurélie", "Maxime", "Céline", "Romain", "Juliette", "Thibault",
      "Amélie", "Olivier", "Clémence", "Benoît", "Sandrine", "Jérôme", "Inès", "Arnaud", "Noémie", "Lucas",
    ],
    family: [
      "Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Laurent", "Simon", "Michel", "Leroy", "Roux",
      "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Muller", "Faure",
      "Mercier", "Blanc", "Guérin", "Boyer", "Chevalier", "Gauthier", "Perrin", "Morel", "Marchand", "Caron",
    ],
  },
};

// Letters that Unicode decomposition leaves alone.
const FOLDS: Record<string, string> = { ł: "l", ß: "ss", ø: "o", æ: "ae", œ: "oe", đ: "d", ı: "i" };

const asciiCache = new Map<string, string>();

/** "Łukasz" → "lukasz", "O'Brien" → "obrien", "de la Cruz" → "delacruz": safe for an email local part. */
export function emailPart(name: string): string {
  const cached = asciiCache.get(name);
  if (cached !== undefined) return cached;
  const folded = name
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[łßøæœđı]/g, (letter) => FOLDS[letter] ?? "")
    .replace(/[^a-z]/g, "");
  asciiCache.set(name, folded);
  return folded;
}
