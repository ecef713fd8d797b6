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
	return m
}()
