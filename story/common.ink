// Shared by every case: INCLUDE common.ink at the top of a case's main file.
// `presented` holds the id of the item the player just presented, so a _right or _wrong
// stitch can vary its words by item: { presented == "cp-protest-meeting": … }
VAR presented = ""
