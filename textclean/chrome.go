package textclean

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// isChrome reports a line that is page furniture rather than article text:
// navigation and accessibility links, sharing and subscription prompts,
// media-player residue, image placeholders and credits, form residue,
// "more" footers, gallery counters, breadcrumbs and layout markers. Every
// pattern must match the whole line, so a sentence that merely mentions
// "subscribe" or "listen" is never touched.
func isChrome(s string) bool {
	if len(s) <= 600 && (isConsentNotice(s) || isRightsNotice(s)) {
		return true
	}
	if len(s) > maxChromeLen {
		return false
	}
	if layoutMarker.MatchString(s) {
		return true
	}
	k := key(s)
	if k == "" {
		return true // bullets, rules and other symbols left alone on a line
	}
	if chromePhrases[k] || isMedia(s) {
		return true
	}
	if attributed(s) {
		return false // reported speech is article text, whatever words it uses
	}
	for _, re := range chromePatterns {
		if re.MatchString(k) {
			return true
		}
	}
	return isBreadcrumb(s) || isFormField(s) || isChromeBar(k) || chromeWords(k)
}

// chromeWords reports a line made of two or more chrome phrases run
// together without separators, as a scrape flattens a header: "Menu
// Search Sign in", "Share Save Print".
func chromeWords(k string) bool {
	ws := strings.Fields(k)
	if len(ws) < 2 || len(ws) > 12 {
		return false
	}
	phrases := 0
	for i := 0; i < len(ws); {
		n := 0
		for m := min(4, len(ws)-i); m >= 1; m-- {
			if chromePhrases[strings.Join(ws[i:i+m], " ")] {
				n = m
				break
			}
		}
		if n == 0 {
			return false
		}
		i += n
		phrases++
	}
	return phrases >= 2
}

// isChromeBar reports a line of several chrome items run together with
// separators: "Advertisement · Scroll to continue", "Share | Save | Print",
// "Advertisement - Scroll to continue".
func isChromeBar(k string) bool {
	k = strings.NewReplacer(" - ", "|", " – ", "|", " — ", "|").Replace(k)
	parts := strings.FieldsFunc(k, func(r rune) bool { return r == '·' || r == '|' || r == '•' })
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" && !chromePhrases[p] {
			return false
		}
	}
	return true
}

// mediaPatterns match what an embedded audio or video player leaves in a
// scrape: durations, clocks, "Listen (5 min)".
var mediaPatterns = []*regexp.Regexp{
	regexp.MustCompile(`^\(?\d{1,3} ?(s|sec|secs|seconds?|m|min|mins|minutes?|h|hr|hrs|hours?)\)?( (listen|watch|video|audio|long))?$`),
	regexp.MustCompile(`^(\d{1,2}:)?\d{1,2}:\d{2}(( / | of | |/)(\d{1,2}:)?\d{1,2}:\d{2})*$`),
	regexp.MustCompile(`^(listen|watch|play)( now| to (this|the) (article|story|episode)| to article)?[ ·:|(•-]+\(?(\d+ ?min(ute)?s?|(\d{1,2}:)?\d{1,2}:\d{2})\)?$`),
}

var mediaPhrases = set("listen", "listen now", "listen to this article", "listen to article", "watch", "watch now",
	"watch live", "watch video", "play", "play video", "play audio", "pause", "replay", "please wait", "loading",
	"buffering", "no media source currently available", "media source not available", "video unavailable",
	"this video is unavailable", "video", "audio", "video ad feedback", "ad feedback")

// isMedia reports a line of media-player residue.
func isMedia(s string) bool {
	if len(s) > 80 {
		return false
	}
	k := key(s)
	if mediaPhrases[k] {
		return true
	}
	for _, re := range mediaPatterns {
		if re.MatchString(k) {
			return true
		}
	}
	return false
}

// key is the line as the chrome patterns see it: lower-case, leading
// bullets and trailing arrows, colons and dots stripped.
func key(s string) string {
	s = strings.TrimLeftFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '"' && r != '“' && r != '(' && r != '['
	})
	s = strings.TrimRightFunc(s, func(r rune) bool {
		switch r {
		case ':', '.', '…', '!', '›', '»', '→', '>', '|', '•', '·', '-', '–', '—', '+', ' ', '⟩', '❯', '▸', '►':
			return true
		}
		return false
	})
	return strings.ToLower(s)
}

// layoutMarker matches the breakpoint names responsive layouts leave behind.
var layoutMarker = regexp.MustCompile(`^(XXS|XS|SM|MD|LG|XL|XXL)$`)

var chromePhrases = set(
	// Navigation and accessibility.
	"skip to content", "skip to main content", "skip to navigation", "skip to main navigation",
	"skip to footer", "skip to search", "skip navigation", "accessibility links", "accessibility help",
	"accessibility", "menu", "main menu", "open menu", "close menu", "toggle navigation", "navigation",
	"search", "open search", "close search", "home", "homepage", "sections", "back to top", "top",
	"sign in", "log in", "login", "logout", "log out", "register", "my account", "account",
	"edition", "change edition", "close", "open", "next", "previous", "prev", "expand", "collapse",
	"breaking news", "breaking", "live", "just in", "developing story", "exclusive",
	// Sharing and engagement.
	"share", "share this", "share this article", "share this story", "share article", "share story",
	"share this page", "share on facebook", "share on twitter", "share on x", "share on linkedin",
	"share on whatsapp", "share via email", "share via e-mail", "share full article", "copy link",
	"copy article link", "link copied", "copied", "facebook", "twitter", "x", "whatsapp", "linkedin",
	"telegram", "reddit", "pinterest", "flipboard", "email", "e-mail", "mail", "print", "save",
	"save article", "saved", "bookmark", "gift this article", "gift article", "comment", "comments",
	"view comments", "show comments", "leave a comment", "leave a reply", "cancel reply", "post comment",
	"reuse this content", "like this", "share this:", "like", "follow", "follow us", "reprints",
	"licensing", "feedback", "report an error", "corrections",
	// Subscriptions and forms.
	"subscribe", "subscribe now", "subscribe today", "sign up", "sign up now", "join now", "submit",
	"send", "newsletter", "newsletters", "get the newsletter", "sign up for our newsletter",
	"enter your email", "enter your email address", "your email address", "email address",
	"this field is required", "required", "δ", "thank you for subscribing", "thanks for signing up",
	"you're all set", "privacy policy", "terms of use", "terms of service", "terms and conditions",
	"cookie policy", "cookie settings", "manage cookies", "accept", "accept all", "accept cookies",
	"accept all cookies", "reject all", "manage preferences", "contact us", "about us", "advertise",
	"advertise with us", "careers", "site map", "sitemap", "all rights reserved",
	// Advertising.
	"advertisement", "advert", "ad", "ads", "sponsored", "sponsored content", "promoted", "partner content",
	"paid content", "story continues below", "story continues below advertisement",
	"article continues below", "article continues below this advertisement", "continue reading below",
	"scroll to continue", "scroll to continue with content", "skip advertisement", "remove ads",
	// Footers and aggregator links.
	"more", "more news", "read more", "see more", "show more", "load more", "view more", "more stories",
	"see all", "view all", "read full article", "read the full article", "read the full story",
	"continue reading", "keep reading", "related", "related articles", "related stories", "related content",
	"related coverage", "related topics", "related news", "more on this story", "more from", "most read",
	"most popular", "most viewed", "most shared", "trending", "trending now", "top stories", "latest",
	"latest news", "latest stories", "recommended", "recommended for you", "you may also like",
	"you might also like", "editor's picks", "editors' picks", "don't miss", "must read", "also read",
	"read also", "what to read next", "read next", "next up", "up next", "further reading", "recommended reading",
	"related reading", "see also", "in other news", "more in", "topics", "tags", "explore more on these topics",
	"explore more", "more on these topics",
	// Media players and images.
	"listen", "listen now", "listen to this article", "listen to article", "listen to this story",
	"listen to the article", "watch", "watch now", "watch live", "watch video", "play", "play video",
	"play audio", "pause", "replay", "mute", "unmute", "fullscreen", "full screen", "exit fullscreen",
	"autoplay", "captions", "subtitles", "settings", "playback speed", "volume", "video", "audio",
	"podcast", "please wait", "loading", "buffering", "no media source currently available",
	"media source not available", "video unavailable", "this video is unavailable",
	"this video can not be played", "this video cannot be played", "an error occurred",
	"your browser does not support the video tag", "your browser does not support the audio element",
	"your browser does not support the video element", "your browser does not support html5 video",
	"image", "photo", "picture", "photos", "images", "gallery", "photo gallery", "view gallery",
	"enlarge this image", "enlarge image", "toggle caption", "hide caption", "show caption",
	"image caption", "caption", "open image in gallery", "embed", "cancel",
	// Lone labels of metadata and form fields whose value is on another line.
	"published", "updated", "last updated", "posted", "date", "name", "website", "message", "about",
	"contact", "author", "authors", "suggested topics", "opens new tab", "like loading", "loading",
	"leave a reply cancel reply", "previous article", "next article", "previous post", "next post",
	// Site navigation, calls to action and consent dialogs of web pages.
	"table of contents", "contents", "on this page", "in this article", "jump to", "jump to section",
	"search for", "search for:", "learn more", "blog", "blogs", "resources", "related posts", "recent posts",
	"popular posts", "view all posts", "back to blog", "post navigation", "posts navigation", "categories",
	"archives", "quick links", "useful links", "connect with us", "get in touch", "contact info", "company",
	"news", "newsroom", "partners", "locations", "help center", "support", "pricing", "solutions", "explore",
	"events", "case studies", "get started", "get started for free", "start free trial", "start your free trial",
	"get a demo", "book a demo", "request a demo", "schedule a demo", "get a quote", "request a quote",
	"download now", "shop now", "continue shopping", "cart", "view cart", "checkout", "remember me",
	"forgot password", "forgot your password", "password", "username", "instagram", "youtube", "tiktok",
	"tweet", "pin", "pin it", "share this post", "share this page", "ready for more", "no posts", "no items found",
	"discussion about this post", "discussions", "loading comments", "written by", "sign me up",
	"newsletter sign up", "newsletter signup", "save & accept", "save and accept", "accept & close",
	"list of partners (vendors)", "show purposes", "manage consent", "manage options", "manage settings",
	"we care about your privacy", "privacy notice", "privacy", "cookie notice", "cookies", "disclaimer",
	"do not sell or share my personal information", "do not sell my personal information",
	"your privacy choices", "terms & conditions", "terms", "legal", "imprint", "what are you looking for",
	"this field is hidden when viewing the form", "[email protected]", "%d", "get the app", "back",
	// Comment threads and article tools.
	"reply", "replies", "report", "report this", "report this article", "report this comment", "report comment",
	"report abuse", "flag", "flag comment", "upvote", "downvote", "see more comments", "view more comments",
	"load more comments", "show more comments", "view all comments", "show all comments", "hide replies",
	// Press releases: their head and end marks and contact blocks.
	"for immediate release", "immediate release", "###", "# # #", "-30-", "- 30 -", "media contact", "media contacts",
	"press contact", "press contacts", "media inquiries", "media enquiries", "press inquiries", "investor contact",
	"investor contacts", "investor relations contact", "contacts",
	"show replies", "view replies", "add a comment", "write a comment", "post a comment", "join the conversation",
	"join the discussion", "comments are closed", "sign in to comment", "log in to comment", "show less",
	"read less", "expand all", "collapse all", "copy", "translate", "see translation",
	// The same furniture in the other languages the extractor reads:
	// German, French, Spanish, Italian, Portuguese, Dutch.
	"zum inhalt springen", "zum hauptinhalt springen", "zur navigation springen", "menü", "hauptmenü",
	"suche", "suchen", "anmelden", "abmelden", "registrieren", "mein konto", "startseite", "nach oben",
	"teilen", "artikel teilen", "drucken", "merken", "anzeige", "werbung", "mehr zum thema", "mehr dazu",
	"lesen sie auch", "auch interessant", "das könnte sie auch interessieren", "weitere artikel",
	"weiterlesen", "mehr lesen", "mehr anzeigen", "kommentare", "kommentieren", "datenschutz",
	"datenschutzerklärung", "impressum", "newsletter abonnieren", "jetzt abonnieren", "abonnieren",
	"schließen", "zurück", "weiter", "alle rechte vorbehalten", "cookie-einstellungen",
	"aller au contenu", "aller au contenu principal", "aller à la navigation", "rechercher", "se connecter",
	"connexion", "mon compte", "accueil", "retour en haut", "partager", "partager cet article", "imprimer",
	"publicité", "lire aussi", "à lire aussi", "a lire aussi", "sur le même sujet", "lire la suite", "voir aussi",
	"voir plus", "commentaires", "commenter", "s'abonner", "abonnez-vous", "mentions légales",
	"politique de confidentialité", "tous droits réservés", "fermer", "suivant", "précédent",
	"ir al contenido", "saltar al contenido", "ir al contenido principal", "menú principal", "buscar",
	"iniciar sesión", "mi cuenta", "inicio", "volver arriba", "compartir", "imprimir", "publicidad",
	"lee también", "lea también", "te puede interesar", "le puede interesar", "noticias relacionadas",
	"más noticias", "leer más", "ver más", "comentarios", "suscríbete", "suscribirse", "aviso legal",
	"política de privacidad", "todos los derechos reservados", "cerrar", "siguiente", "anterior",
	"vai al contenuto", "salta al contenuto", "cerca", "accedi", "condividi", "stampa", "pubblicità",
	"leggi anche", "leggi di più", "commenti", "abbonati", "iscriviti", "tutti i diritti riservati", "chiudi",
	"ir para o conteúdo", "saltar para o conteúdo", "pesquisar", "entrar", "compartilhar", "partilhar",
	"publicidade", "leia também", "leia mais", "veja também", "comentários", "assine", "fechar",
	"naar inhoud", "naar de inhoud", "zoeken", "inloggen", "delen", "advertentie", "lees ook", "lees meer",
	"meer over", "reacties", "sluiten",
)

var (
	// A photo agency's credit alone on a line: "Getty Images", "AFP via
	// Getty Images", "AP Photo/Jane Doe".
	// A bare "Reuters" or "AFP" may be the wire's attribution, so only
	// with a photographer: "AFP/Jane Doe".
	rePhotoCredit = regexp.MustCompile(`^((\p{L}[\p{L}.' -]{0,40} )?(via|for) )?((getty images|getty|shutterstock|ap photo|alamy|istock|istockphoto)(/.{1,40})?|(afp|reuters|epa|anadolu|xinhua|ap)/.{1,40})$`)
	// Gallery counters: "1 of 5", "Image 3/12".
	reGalleryCounter = regexp.MustCompile(`^(image |photo |slide )?\d{1,3} (of|/) \d{1,3}$`)
)

var chromePatterns = []*regexp.Regexp{
	// Durations and reading times: "5 min", "3 min read", "12 minutes listen".
	regexp.MustCompile(`^\(?\d{1,3} ?(s|sec|secs|seconds?|m|min|mins|minutes?|h|hr|hrs|hours?)\)?( (read|listen|watch|video|audio|long))?$`),
	// Disclaimers for machine voices and summaries.
	regexp.MustCompile(`^(this|the) (\w+ ){0,2}(is|was|has been|were) (ai|machine|automatically|computer)[- ](generated|narrated|voiced|read|translated)\b.{0,80}$`),
	regexp.MustCompile(`^(audio|voice|narration) (is )?(ai|machine|automatically)[- ]generated\b.{0,60}$`),
	// Image placeholders: "4x3 Photo", "16:9 Image", "[Image]".
	regexp.MustCompile(`^[\[(]?(\d{1,2} ?[x×:/] ?\d{1,2} )?(image|photo|picture|video|graphic|illustration|thumbnail|placeholder)s?[\])]?$`),
	regexp.MustCompile(`^\d{1,2} ?[x×:] ?\d{1,2}$`),
	// A blog feed's footer: "The post Headline appeared first on Site."
	regexp.MustCompile(`^the post .{1,250} appeared first on .{1,80}$`),
	// Aggregator footers: "See Full Web Article", "Read the original story on X".
	regexp.MustCompile(`^(see|view|read|open)( the)? (full|original|complete|entire)( web)? (article|story|post|report)( here| at .{1,40}| on .{1,40})?$`),
	regexp.MustCompile(`^(video )?(ad|advertisement|sponsored)( feedback| choices| content)?$`),
	// Source credits under embeds: "- Source: CNN".
	regexp.MustCompile(`^(source|sources|via|courtesy( of)?)\s*:\s*.{1,60}$`),
	rePhotoCredit,
	// Calls for tips and contact: "Have a news tip? Email us at …".
	regexp.MustCompile(`^(have|got) a (news )?tip\b.{0,120}$|^(email|contact|write to) (us|the (author|reporter|writer|newsroom))\b.{0,100}$`),
	// Image credits: "Photo: AP", "Image source, Getty Images", "Photograph: Jane Doe/Reuters".
	regexp.MustCompile(`^\(?(photo|image|picture|video|photograph|illustration|graphic|file photo|credit|photo credit|image credit|image source|source image)s?( by)?\s*[:,/©]\s*.{1,80}\)?$`),
	regexp.MustCompile(`^\(?(ap|afp|reuters|getty|epa|shutterstock|anadolu|xinhua)( images)?( photo)?\s*/.{1,60}\)?$`),
	regexp.MustCompile(`^\(.{0,60}(getty images|ap photo|afp photo|reuters photo|via reuters|via getty|/ap|/afp|/reuters|/getty)\)$`),
	regexp.MustCompile(`^image caption\s*[,:]`),
	// A caption its label names, in the languages read: "Photo caption:",
	// "Pie de foto:", "Bildunterschrift:", "Didascalia:", "Légende :",
	// "Legenda:", "Bijschrift:", "Foto:".
	regexp.MustCompile(`^(photo caption|caption|photo|picture|pie de foto|bildunterschrift|didascalia|l[ée]gende|legenda|bijschrift|onderschrift|foto|fotografía|fotografia|imagen|bild|fotoleyenda)\s*:\s*.{1,400}$`),
	// A caption that ends in its photo credit: "… on Saturday. (AP Photo/Jorge Gil)",
	// "(Picture: Evening Post)", "(Foto: dpa)".
	regexp.MustCompile(`\([^()]{0,40}\b(photo|photograph|images|getty|picture|foto|bild)\b[^()]{0,40}\)$`),
	regexp.MustCompile(`^your email( address)? will not be published\b.{0,60}$`),
	// Form fields and form messages: "Email (required)", "Oops! Something
	// went wrong while submitting the form.", "Thank you! Your submission…".
	regexp.MustCompile(`^(your |full )?(name|email|e-mail|email address|website|phone|phone number|mobile|first name|last name|zip code|zip|postcode|password|message|comment|company|subject|city|country)\s*\(?(required|optional)?\)?\s*\*?$`),
	regexp.MustCompile(`^(oops|uh oh|sorry)\b.{0,30}\b(went wrong|error)\b.{0,60}$`),
	regexp.MustCompile(`^thank you\b.{0,40}\b(submission|received|subscrib\w*|signing up|your (message|interest))\b.{0,60}$`),
	regexp.MustCompile(`^(type|enter) your (email|e-mail|name|search)\b.{0,20}$`),
	// Widget controls: "Toggle Main Navigation", "Show submenu for Services",
	// "Press ESC to close", "Translate this page".
	regexp.MustCompile(`^(toggle|show|hide|open|close|expand|collapse|skip)( the| all)? (main |side |mobile |primary |secondary |sub)?(navigation|nav|menu|submenu|sub-menu|search|panel|sidebar|dropdown|filters?)\b.{0,40}$`),
	regexp.MustCompile(`^(press esc|press escape|click to|tap to|swipe to|scroll down to|translate this page|generate a summary|summarize this)\b.{0,50}$`),
	// Relative times beside comments and cards: "2mo", "3h", "5d ago".
	regexp.MustCompile(`^\d{1,3} ?(s|m|h|d|w|mo|mos|y|yr|yrs|min|mins|hr|hrs|wk|wks)( ago)?$`),
	reGalleryCounter,
	// Sign-in walls: "Sign in to view more", "Log in to continue reading".
	regexp.MustCompile(`^(sign in|log in|login|register|subscribe) to (view|read|see|continue|keep|unlock|access)\b.{0,40}$`),
	// List numbering left alone on a line: "1.", "2)".
	regexp.MustCompile(`^\d{1,2}\)?$`),
	// A comment counter: "Comments (12)".
	regexp.MustCompile(`^(comments?|replies|responses|reactions)\s*\(\d+\)$`),
	// Counts beside share buttons: "123 comments", "4.5k shares".
	regexp.MustCompile(`^[\d.,]+k? (comments?|shares?|likes?|views?|reactions?)$`),
	// Promotional link lines: "Read more: …", "Related: …", "WATCH: …".
	regexp.MustCompile(`^(read more|read also|also read|also see|see also|related|related story|related article|more|more on this|must read|don't miss|recommended|watch|listen|read next|up next|trending|subscribe|sign up|advertisement)\s*[:|>›»]\s*.{1,140}$`),
	regexp.MustCompile(`^(lesen sie auch|lesen sie mehr|mehr zum thema|mehr dazu|auch interessant|lire aussi|à lire aussi|a lire aussi|voir aussi|lee también|lea también|te puede interesar|leggi anche|leia também|leia mais|veja também|lees ook|meer lezen)\s*[:|>›»]\s*.{1,140}$`),
	// Tag and topic lists.
	regexp.MustCompile(`^(tags?|topics?|filed under|categories|category|related topics|keywords|more on|more about|explore more on these topics)\s*:.{0,140}$`),
	// Newsletter, subscription and app prompts.
	regexp.MustCompile(`^(sign up|subscribe|register|join|get|download|try)\b.{0,100}\b(newsletter|newsletters|inbox|alerts|briefing|our app|the app|free trial|unlimited access|digital access)\b.{0,60}$`),
	regexp.MustCompile(`^by (signing up|subscribing|clicking|submitting|registering|continuing|entering your email)\b.{0,150}$`),
	regexp.MustCompile(`^(follow|like) us on\b.{0,60}$`),
	regexp.MustCompile(`^(we use cookies|this (web)?site uses cookies)\b.{0,150}$`),
	regexp.MustCompile(`^our standards\s*:.{0,80}$`),
	// Editorial notes: corrections, updates, an opinion page's disclaimer.
	regexp.MustCompile(`^(correction|corrections|clarification|editor's note|editor’s note|editors' note|update|updated)\s*(\(.{1,40}\))?\s*:\s*.{0,300}\b(earlier|previous|original|incorrectly|misstated|misidentified|misspelled|misreported|wrongly|version)\b.{0,300}$`),
	regexp.MustCompile(`^(an earlier|a previous|the original) version of this (story|article|report|post)\b.{0,300}$`),
	regexp.MustCompile(`^this (story|article|report|post) (has been|was) (updated|corrected|amended)\b.{0,120}$`),
	regexp.MustCompile(`^the (views|opinions) expressed (in|here)\b.{0,120}\b(author|writer|contributor)s?['’]?s?\b.{0,60}$`),
	// An embedded post's signature: "— Jane Doe (@janedoe) March 3, 2026".
	regexp.MustCompile(`^[\p{L} .'’-]{1,60}\(@\w{1,30}\)\s*[a-z]{3,9}\.? \d{1,2}, \d{4}$`),
	regexp.MustCompile(`^(pic\.twitter\.com|t\.co)/\S+$`),
	// Wire credits at the foot: "Associated Press writer Jane Doe in Lima
	// contributed to this report.", "Contributing: John Roe, USA TODAY".
	regexp.MustCompile(`^[\p{L} .,'’&-]{0,140}\b(contributed|contributes) (reporting|to this (report|story|article))( from [\p{L} ,.'’-]{1,60})?\.?$`),
	regexp.MustCompile(`^(contributing|additional reporting)( by)?\s*:?\s+[\p{L} ,.'’&-]{2,120}$`),
	// Form residue: `"*" denotes a required field`, "Required fields are marked *".
	// (key has already dropped a bare leading asterisk.)
	regexp.MustCompile(`^(["“]\*["”] )?(indicates|denotes) (a )?required( fields?)?$`),
	regexp.MustCompile(`^(required fields are marked|fields marked with an?) \*.{0,30}$`),
	regexp.MustCompile(`^(this article|this story|this content) (is|was) (more than|over) \d+ (years?|months?) old$`),
	// Article tools bars: "Share Save Comment", "Facebook Twitter Email".
	regexp.MustCompile(`^((share|save|comment|comments|print|email|facebook|twitter|x|whatsapp|linkedin|telegram|reddit|copy link|gift|listen)( |$)){2,}$`),
}

// isBreadcrumb reports a trail like "Home › World › Asia" or
// "News / Politics / Europe": three or more short capitalised parts.
func isBreadcrumb(s string) bool {
	parts := strings.FieldsFunc(s, func(r rune) bool {
		// Not "|": "a | b | c" is as often a table row as a trail.
		return r == '›' || r == '»' || r == '>' || r == '/' || r == '⟩' || r == '❯'
	})
	if len(parts) < 3 || reSlashedDate.MatchString(s) {
		return false // "Published 04/11/2025 at 3:45 PM" is a date line
	}
	// The last crumb may be the page's own (long) title.
	if last := strings.TrimSpace(parts[len(parts)-1]); len(parts) >= 3 && len(last) > 30 {
		parts = parts[:len(parts)-1]
	}
	for _, p := range parts {
		p = strings.TrimSpace(p)
		w := strings.Fields(p)
		if len(w) == 0 || len(w) > 3 || len(p) > 30 {
			return false
		}
		r, _ := utf8.DecodeRuneInString(p)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
		if last, _ := utf8.DecodeLastRuneInString(p); last == '.' || last == '?' || last == '!' {
			return false
		}
	}
	return true
}

var reSlashedDate = regexp.MustCompile(`\b\d{1,2}/\d{1,2}/\d{2,4}\b`)

// isFormField reports a form label left by a scraper: one to four words
// ending in an asterisk ("Email*", "First Name *").
func isFormField(s string) bool {
	if !strings.HasSuffix(s, "*") || len(s) > 40 {
		return false
	}
	s = strings.TrimSpace(strings.TrimRight(s, "* "))
	w := strings.Fields(s)
	if len(w) == 0 || len(w) > 4 {
		return len(w) == 0
	}
	for _, r := range s {
		if r == '.' || r == '?' || r == '!' {
			return false
		}
	}
	return true
}

// attributed reports a line that attributes something to someone ("…, the
// ministry said"), or quotes: a sign of article text.
func attributed(s string) bool {
	for _, w := range []string{" said", " says", " told ", " according to ", "“", "”"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

var (
	reCookieBanner = regexp.MustCompile(`(?i)\b(we|this (web)?site|our (web)?site|our partners)\b[^.]{0,40}\b(use|uses|store|set|place)\b[^.]{0,30}\bcookies\b|\bcookie (policy|settings|preferences|notice|consent)\b|\baccept (all )?cookies\b|\buse of cookies\b`)
	reConsentWord  = regexp.MustCompile(`(?i)\b(accept|consent|preferences|privacy|settings|opt[- ]?out|reject|decline|manage|agree)\b`)
)

// reRightsNotice is a wire service's or publisher's rights footer:
// "Copyright 2025 The Associated Press. All rights reserved. This material
// may not be published, broadcast, rewritten or redistributed."
var reRightsNotice = regexp.MustCompile(`(?i)^(copyright|©|\(c\)).{0,200}\bmay not be (published|reproduced|redistributed|copied|used)\b`)

func isRightsNotice(s string) bool {
	return (strings.HasPrefix(s, "©") || len(s) > 2 && (s[0] == 'C' || s[0] == 'c' || s[0] == '(')) && reRightsNotice.MatchString(s)
}

// isConsentNotice reports a cookie or consent banner: the site saying it
// uses cookies ("we use cookies", "this site uses cookies", "cookie
// settings") next to a consent verb. An article about cookie law reports
// such things; it does not say them to its reader.
func isConsentNotice(s string) bool {
	if !strings.Contains(s, "ookie") && !strings.Contains(s, "OOKIE") {
		return false
	}
	return reCookieBanner.MatchString(s) && reConsentWord.MatchString(s) && !attributed(s)
}
