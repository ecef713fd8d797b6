package cluster

// stopwords are function words and the reporting verbs every news article
// uses; they say nothing about which event an article is about.
var stopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{
		"a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are",
		"as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by",
		"can", "could", "did", "do", "does", "doing", "don't", "down", "during", "each", "even", "ever",
		"few", "for", "from", "further", "get", "got", "had", "has", "have", "having", "he", "her", "here",
		"hers", "herself", "him", "himself", "his", "how", "however", "i", "if", "in", "into", "is", "it",
		"its", "itself", "just", "least", "less", "like", "many", "may", "me", "might", "more", "most",
		"much", "must", "my", "myself", "new", "no", "nor", "not", "now", "of", "off", "on", "once", "one",
		"only", "or", "other", "our", "ours", "ourselves", "out", "over", "own", "per", "same", "she",
		"should", "since", "so", "some", "still", "such", "than", "that", "the", "their", "theirs", "them",
		"themselves", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under",
		"until", "up", "upon", "us", "very", "via", "was", "we", "were", "what", "when", "where", "whether",
		"which", "while", "who", "whom", "whose", "why", "will", "with", "within", "without", "would",
		"yet", "you", "your", "yours", "yourself", "said", "says", "say", "saying", "told", "according",
		"mr", "mrs", "ms", "dr", "would", "could", "two", "three", "four", "five", "first", "last", "year",
		"years", "week", "weeks", "day", "days", "time", "times", "people", "including", "around", "among",
		"another", "across", "along", "already", "although", "always", "become", "became", "back",
		"well", "way", "make", "made", "take", "took", "go", "going", "went", "come", "came", "see", "seen",
		"know", "known", "think", "want", "wanted", "use", "used", "many", "several", "lot", "thing",
		"things", "whose", "therefore", "thus", "though", "yes", "yesterday", "today", "tomorrow",
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "am", "pm",
		"news", "report", "reported", "reports", "reporting", "read", "via", "photo", "image", "video",
		"s", "t", "don", "didn", "doesn", "isn", "wasn", "aren", "won", "can't", "it's", "i'm",
	} {
		m[w] = true
	}
	// The function words of the other languages the pipeline reads. In a
	// stream that is mostly in one language, another language's articles
	// share these rare-looking words with each other and nothing else, and
	// their high IDF would join unrelated stories. Words that are English
	// content words ("war", "die", "son", "man", "kind", "gift", "con",
	// "sin") are left out: English stories tell events apart with them.
	for _, w := range []string{
		// German
		"der", "das", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen", "und", "oder",
		"aber", "ist", "sind", "wird", "werden", "wurde", "wurden", "hat", "haben", "hatte", "nicht",
		"auch", "auf", "aus", "bei", "mit", "nach", "von", "vom", "zum", "zur", "für", "über", "unter",
		"durch", "gegen", "ohne", "sich", "sie", "wir", "ihr", "ihre", "sein", "seine", "dass", "wie",
		"noch", "nur", "schon", "mehr", "sehr", "kann", "können", "muss", "soll", "sollen", "diese",
		"dieser", "dieses", "jetzt", "heute", "einem", "einmal", "immer", "dann", "denn", "doch", "wenn",
		"weil", "habe", "hier", "dort", "sagte", "sagt", "laut", "zwei", "drei", "jahr", "jahren", "beim",
		"ins", "im", "zu", "es", "er", "ich", "den",
		// French
		"le", "la", "les", "un", "une", "des", "du", "de", "et", "est", "sont", "dans", "pour", "par",
		"sur", "avec", "pas", "plus", "ce", "cette", "ces", "qui", "que", "qu", "il", "elle", "ils",
		"elles", "nous", "vous", "leur", "leurs", "au", "aux", "ont", "été", "être", "avoir", "mais",
		"comme", "aussi", "selon", "après", "avant", "entre", "sans", "sous", "lors", "ainsi", "deux",
		"trois", "ans", "année", "dont", "où", "se", "sa", "son", "ses", "ne", "ou", "si", "tout", "tous",
		// Spanish
		"el", "los", "las", "una", "unos", "unas", "del", "al", "y", "o", "que", "en", "por", "para",
		"es", "son", "fue", "ser", "ha", "han", "había", "está", "están", "como", "más", "pero", "sus",
		"su", "lo", "le", "les", "se", "este", "esta", "estos", "estas", "ese", "esa", "desde", "entre",
		"sobre", "hasta", "también", "ya", "muy", "sin", "cuando", "donde", "dos", "tres", "años",
		"año", "según", "tras", "durante", "ante", "otro", "otra", "otros", "todo", "todos", "hay",
		// Italian
		"il", "lo", "gli", "della", "delle", "dello", "degli", "dei", "nel", "nella", "nei", "alla",
		"alle", "agli", "ai", "e", "è", "sono", "che", "di", "da", "per", "con", "non", "una", "uno",
		"anche", "più", "come", "ma", "si", "questo", "questa", "stato", "stata", "hanno", "dopo", "tra",
		"fra", "anni", "anno", "secondo", "sul", "sulla", "dal", "dalla",
		// Portuguese
		"os", "as", "um", "uma", "do", "da", "dos", "das", "no", "na", "nos", "nas", "ao", "aos", "em",
		"com", "não", "mais", "mas", "seu", "sua", "seus", "suas", "foi", "são", "ser", "pelo", "pela",
		"também", "já", "ainda", "após", "anos", "ano", "segundo", "entre", "sobre", "quando", "isso",
		// Dutch
		"het", "een", "en", "van", "op", "te", "dat", "die", "niet", "zijn", "voor", "met", "ook", "aan",
		"er", "maar", "om", "bij", "nog", "naar", "dan", "uit", "wordt", "werd", "hij", "zij", "ze",
		"heeft", "hebben", "kan", "moet", "deze", "dit", "over", "tot", "jaar",
	} {
		if !englishContent[w] {
			m[w] = true
		}
	}
	return m
}()

// englishContent are words of the lists above that English articles use
// as content words; they stay terms.
var englishContent = map[string]bool{
	"die": true, "war": true, "son": true, "man": true, "kind": true, "gift": true, "con": true,
	"sin": true, "hat": true, "arm": true, "rot": true, "den": true, "hier": true, "pie": true,
	"red": true, "fast": true, "bald": true, "ante": true, "dos": true, "sole": true, "tras": true,
	"era": true,
}
