package crossread

import (
	"context"
	"time"
)

// Story is a group of articles about one event, with its analysis.
type Story struct {
	ID            string          `json:"id"`
	Title         string          `json:"title"`
	ArticleIDs    []string        `json:"article_ids"`
	FirstSeen     Timestamp       `json:"first_seen"`
	LastSeen      Timestamp       `json:"last_seen"`
	FollowUpOf    string          `json:"follow_up_of,omitempty"`
	Entities      []Entity        `json:"entities"`
	Quotes        []Quote         `json:"quotes"`
	Timeline      []TimelineEntry `json:"timeline"`
	Claims        []Claim         `json:"claims"`
	SingleSource  []SingleSource  `json:"single_source"`
	Discrepancies []Discrepancy   `json:"discrepancies"`
	Brief         Brief           `json:"brief"`

	Updated time.Time `json:"-"`
}

// StoryFilter selects stored stories.
type StoryFilter struct {
	ID     string
	Entity string
	Source string
	Query  string
	Since  time.Time
	Until  time.Time
	Sort   string // "newest" (default) or "biggest"
	Offset int
	Limit  int
}

// StoryService stores stories and their analysis.
type StoryService interface {
	PutStories(ctx context.Context, stories []*Story) error
	FindStoryByID(ctx context.Context, id string) (*Story, error)
	FindStories(ctx context.Context, filter StoryFilter) ([]*Story, int, error)
}

// Event announces a change to the store.
type Event struct {
	Type    string `json:"type"` // story.created, story.updated, article.created
	StoryID string `json:"story_id,omitempty"`
	Article string `json:"article_id,omitempty"`
}

// EventService publishes and subscribes to store changes. Implementations:
// in-process (default); NATS JetStream at scale.
type EventService interface {
	Publish(ctx context.Context, ev Event)
	Subscribe(ctx context.Context) (<-chan Event, func())
}
