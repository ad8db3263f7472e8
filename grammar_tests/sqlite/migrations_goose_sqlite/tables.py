from sqlalchemy import Column, ForeignKey, Index, Integer, MetaData, Table, Text, text

metadata = MetaData()


t_folders = Table(
    'folders', metadata,
    Column('id', Integer, primary_key=True),
    Column('title', Text, nullable=False)
)

t_notes = Table(
    'notes', metadata,
    Column('id', Integer, primary_key=True),
    Column('folder_id', ForeignKey('folders.id'), nullable=False),
    Column('body', Text, nullable=False),
    Column('pinned', Integer, nullable=False, server_default=text('0')),
    Index('notes_folder_idx', 'folder_id', 'pinned')
)

t_note_history = Table(
    'note_history', metadata,
    Column('id', Integer, primary_key=True),
    Column('note_id', ForeignKey('notes.id'), nullable=False),
    Column('old_body', Text, nullable=False),
    Column('changed_at', Text, nullable=False, server_default=text('CURRENT_TIMESTAMP'))
)
