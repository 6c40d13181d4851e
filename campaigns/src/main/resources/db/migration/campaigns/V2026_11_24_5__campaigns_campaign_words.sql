-- The words of each campaign's name and description, lower-cased, kept by the application. Text
-- search matches words by prefix through this index instead of scanning every description.
CREATE TABLE campaigns_campaign_words (
    word        TEXT NOT NULL,
    campaign_id TEXT NOT NULL REFERENCES campaigns_campaigns (id) ON DELETE CASCADE,
    PRIMARY KEY (word, campaign_id)
);
-- checks a given campaign's words without visiting the table
CREATE INDEX campaigns_campaign_words_campaign_ix ON campaigns_campaign_words (campaign_id, word);

-- The same for influencers' niches, which sponsors search.
CREATE TABLE campaigns_influencer_words (
    word          TEXT NOT NULL,
    influencer_id TEXT NOT NULL REFERENCES campaigns_influencers (influencer_id) ON DELETE CASCADE,
    PRIMARY KEY (word, influencer_id)
);
CREATE INDEX campaigns_influencer_words_influencer_ix ON campaigns_influencer_words (influencer_id, word);
