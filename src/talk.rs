//! A talk file (`--talk FILE.yaml`, docs/TALK.md): the trainer's slides in their own order by
//! node id, each with speaker notes and phrases to highlight on the slide.

use crate::model::NodeId;

/// One slide of a talk file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TalkSlide {
    pub node: NodeId,
    /// Speaker notes, shown in the presenter view only.
    pub notes: String,
    /// Phrases marked wherever they appear on the slide.
    pub highlight: Vec<String>,
}

/// A loaded, validated talk.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Talk {
    pub title: Option<String>,
    pub slides: Vec<TalkSlide>,
}

impl Talk {
    /// The slides' nodes in the talk's order.
    pub fn nodes(&self) -> Vec<NodeId> {
        self.slides.iter().map(|s| s.node).collect()
    }

    /// The talk's entry for `node`, if the talk has it.
    pub fn slide_for(&self, node: NodeId) -> Option<&TalkSlide> {
        self.slides.iter().find(|s| s.node == node)
    }
}
