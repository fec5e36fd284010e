// What page furniture says, for the tests that check no slide holds any.

/** Words of page furniture that none of these articles uses. */
export const FURNITURE = /cookie|traceurs|Share:|Partager|Read more|Lire aussi|Advertisement|Publicité|newsletter|Photo|©|Copyright|WhatsApp|\bAccueil\b|\bHome\b|Sign up|Abonnez|Réactions|commentaires|Most read|Related|Facebook|Tous droits|Mentions légales|Terms of use|Terms &|Privacy|Skip to|Aller au contenu|Updated|Mis à jour|envoyé spécial|Sign in|Subscribe|Inscrivez|\bMenu\b|Priya Shah|Alice Barton|Claire Dumont|Julien Marchand|Awa Traoré|Marc Roux/i;
