from typing import Optional

from sqlalchemy import ForeignKey, ForeignKeyConstraint, Integer
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Media(Base):
    __tablename__ = 'media'

    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)

    person_avatar: Mapped[list['Person']] = relationship('Person', foreign_keys='[Person.avatar_id]', back_populates='avatar')
    person_cover: Mapped[list['Person']] = relationship('Person', foreign_keys='[Person.cover_id]', back_populates='cover')
    twice: Mapped[list['Twice']] = relationship('Twice', back_populates='media')


class Person(Base):
    __tablename__ = 'person'
    __table_args__ = (
        ForeignKeyConstraint(['cover_id'], ['media.id'], onupdate='CASCADE', name='fk_cover_first'),
    )

    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    avatar_id: Mapped[Optional[int]] = mapped_column(ForeignKey('media.id', ondelete='SET NULL'))
    cover_id: Mapped[Optional[int]] = mapped_column(Integer)

    avatar: Mapped[Optional['Media']] = relationship('Media', foreign_keys=[avatar_id], back_populates='person_avatar')
    cover: Mapped[Optional['Media']] = relationship('Media', foreign_keys=[cover_id], back_populates='person_cover')


class Twice(Base):
    __tablename__ = 'twice'

    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    media_id: Mapped[Optional[int]] = mapped_column(ForeignKey('media.id'))

    media: Mapped[Optional['Media']] = relationship('Media', back_populates='twice')
