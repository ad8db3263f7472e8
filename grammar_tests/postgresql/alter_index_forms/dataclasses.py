from typing import Optional

from sqlalchemy import Index, Integer, PrimaryKeyConstraint, Text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Posts(Base):
    __tablename__ = 'posts'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='posts_pkey'),
        Index('posts_by_title', 'title', postgresql_with={'deduplicate_items': 'off', 'fillfactor': '80'}),
        Index('posts_tags_idx', 'tags', postgresql_using='gin'),
        Index('posts_upper_idx', postgresql_with={'fillfactor': '70'})
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[Optional[str]] = mapped_column(Text)
    tags: Mapped[Optional[list[str]]] = mapped_column(ARRAY(Text()))
