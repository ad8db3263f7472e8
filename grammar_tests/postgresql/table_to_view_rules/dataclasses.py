from sqlalchemy import CheckConstraint, Column, Integer, PrimaryKeyConstraint, Table, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


t_audit_log = Table(
    'audit_log', Base.metadata,
    Column('id', Integer),
    Column('note', Text)
)


class Author(Base):
    __tablename__ = 'author'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='author_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, nullable=False)


t_author_names = Table(
    'author_names', Base.metadata,
    Column('name', Text)
)


t_author_summary = Table(
    'author_summary', Base.metadata,
    Column('id', Integer, nullable=False),
    Column('name', Text, server_default=text("'anonymous'::text")),
    CheckConstraint('id > 0', name='author_summary_id_check'),
    comment='one row per author'
)
